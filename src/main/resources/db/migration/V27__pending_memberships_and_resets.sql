-- An invitation is an offer: the membership grants nothing until its person accepts it, by setting a password
-- through the mailed link or, with an account already, by accepting it after logging in. Until then it is
-- inactive and pending, and the inviting admin sees the name they typed, never the account's own.
ALTER TABLE membership
    ADD COLUMN pending      BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN invited_name VARCHAR(200) NULL,
    ADD COLUMN invited_by   VARCHAR(200) NULL;

-- Memberships of people who never set a password were offers all along.
UPDATE membership m JOIN user_account u ON u.id = m.user_id
SET m.pending = TRUE, m.active = FALSE, m.invited_name = u.display_name
WHERE u.password_hash IS NULL AND m.active = TRUE;

-- The same one-time tokens serve invitations and password resets; a reset link lives one hour.
ALTER TABLE invitation
    ADD COLUMN purpose VARCHAR(20) NOT NULL DEFAULT 'INVITATION';
