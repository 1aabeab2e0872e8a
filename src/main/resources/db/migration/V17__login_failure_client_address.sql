-- Throttling per client address as well as per account. Rows from before this have no address (NULL): they still
-- count for their account until they age out. 45 characters hold any IPv6 literal (IPv6 is kept as its /64).
ALTER TABLE login_failure
    ADD COLUMN client_address VARCHAR(45) NULL,
    ADD INDEX ix_login_failure_address (client_address, occurred_at),
    ADD INDEX ix_login_failure_time (occurred_at);
