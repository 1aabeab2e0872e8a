-- One active membership per person and group. MariaDB has no partial index, so a generated column holds the user
-- only while the membership is active (left_on unset); NULLs never collide in a unique key.
-- Duplicates made before (two admins adding the same person at once) are closed first: the active membership that
-- began first stays, each other one ends on the day it began.
CREATE TEMPORARY TABLE steering_member_duplicate AS
SELECT a.id FROM steering_member a JOIN steering_member b ON b.group_id = a.group_id AND b.user_id = a.user_id
    AND b.left_on IS NULL AND (b.joined_on < a.joined_on OR (b.joined_on = a.joined_on AND b.id < a.id))
WHERE a.left_on IS NULL;

UPDATE steering_member SET left_on = joined_on, version = version + 1
WHERE id IN (SELECT id FROM steering_member_duplicate);

DROP TEMPORARY TABLE steering_member_duplicate;

ALTER TABLE steering_member
    ADD COLUMN active_user_id BIGINT AS (IF(left_on IS NULL, user_id, NULL)) PERSISTENT,
    ADD CONSTRAINT uk_steering_member_active UNIQUE (group_id, active_user_id);
