-- Delivery of notices (docs/decisions/012-notices-and-events.md): when a notice went out by mail (at once or in
-- the digest), each user's choice per category, the days a user's digest was done, and mail headers (RFC 8058
-- one-click unsubscribe) in the outbox.
ALTER TABLE notice
    ADD COLUMN mailed_at DATETIME(6) NULL,
    ADD INDEX ix_notice_undelivered (mailed_at, read_at),
    ADD INDEX ix_notice_read (read_at);

CREATE TABLE notice_preference (
    user_id    BIGINT      NOT NULL,
    category   VARCHAR(30) NOT NULL,
    delivery   VARCHAR(20) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, category),
    CONSTRAINT fk_notice_preference_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one row per user and local day whose digest was done (sent, or nothing to send): the digest goes once a day
CREATE TABLE notice_digest (
    user_id     BIGINT      NOT NULL,
    digest_date DATE        NOT NULL,
    done_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, digest_date),
    INDEX ix_notice_digest_done (done_at),
    CONSTRAINT fk_notice_digest_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- extra headers, one "Name: value" a line (values never hold a line break)
ALTER TABLE mail_outbox ADD COLUMN headers TEXT NULL;
