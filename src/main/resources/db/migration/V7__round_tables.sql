-- Round-table conferences: who took part, the agenda, learning points and proposed actions, each action linked
-- to the action-plan item it became.

CREATE TABLE round_table (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    tenant_id  BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    held_on    DATE         NOT NULL,
    place      VARCHAR(200) NOT NULL,
    topic      TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_round_table_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_round_table_tenant (tenant_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE round_table_participant (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conference_id BIGINT       NOT NULL,
    user_id       BIGINT       NULL,
    name          VARCHAR(200) NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    CONSTRAINT fk_rt_participant_conference FOREIGN KEY (conference_id) REFERENCES round_table (id) ON DELETE CASCADE,
    CONSTRAINT fk_rt_participant_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE round_table_entry (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    conference_id BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    position      INT         NOT NULL,
    text          TEXT        NOT NULL,
    item_id       BIGINT      NULL,
    CONSTRAINT fk_rt_entry_conference FOREIGN KEY (conference_id) REFERENCES round_table (id) ON DELETE CASCADE,
    CONSTRAINT fk_rt_entry_item FOREIGN KEY (item_id) REFERENCES action_item (id),
    INDEX ix_rt_entry_item (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
