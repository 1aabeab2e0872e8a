-- Notices: one row per recipient of something that happened (the bell, the digest and the mails read from here).
-- The dedupe key (recipient, kind, object, period) makes a repeated event a no-op.
CREATE TABLE notice (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_user_id BIGINT       NOT NULL,
    tenant_id         BIGINT       NOT NULL,
    category          VARCHAR(30)  NOT NULL,
    kind              VARCHAR(60)  NOT NULL,
    object_type       VARCHAR(40)  NOT NULL,
    object_id         BIGINT       NOT NULL,
    route             VARCHAR(200) NOT NULL,
    args              TEXT         NOT NULL,
    actor_user_id     BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    read_at           DATETIME(6)  NULL,
    dedupe_key        VARCHAR(250) NOT NULL,
    CONSTRAINT uk_notice_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notice_recipient FOREIGN KEY (recipient_user_id) REFERENCES user_account (id),
    INDEX ix_notice_recipient (recipient_user_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
