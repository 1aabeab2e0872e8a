-- Market dialogue: a buyer's questionnaire to suppliers before a tender, the suppliers' shared responses, and the
-- ledger of every contact that documents equal treatment.

CREATE TABLE market_dialogue (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    tenant_id             BIGINT       NOT NULL,
    project_id            BIGINT       NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    introduction          TEXT         NOT NULL,
    deadline              DATETIME(6)  NOT NULL,
    access_mode           VARCHAR(20)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    questionnaire_version INT          NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    published_at          DATETIME(6)  NULL,
    CONSTRAINT fk_dialogue_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_dialogue_project FOREIGN KEY (project_id) REFERENCES procurement_project (id),
    INDEX ix_dialogue_tenant (tenant_id, project_id),
    INDEX ix_dialogue_open (status, access_mode)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dialogue_section (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    dialogue_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    CONSTRAINT fk_section_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dialogue_question (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    dialogue_id BIGINT        NOT NULL,
    section_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    max_length  INT           NULL,
    unit        VARCHAR(40)   NULL,
    options     TEXT          NULL,
    required    BOOLEAN       NOT NULL,
    CONSTRAINT fk_question_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_section FOREIGN KEY (section_id) REFERENCES dialogue_section (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per supplier tenant taking part: invited by the buyer, or joined an open dialogue.
CREATE TABLE dialogue_participant (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT      NOT NULL DEFAULT 0,
    dialogue_id        BIGINT      NOT NULL,
    supplier_tenant_id BIGINT      NOT NULL,
    invited            BOOLEAN     NOT NULL,
    status             VARCHAR(20) NOT NULL,
    opened_at          DATETIME(6) NULL,
    submitted_at       DATETIME(6) NULL,
    seen_version       INT         NOT NULL,
    CONSTRAINT uk_participant UNIQUE (dialogue_id, supplier_tenant_id),
    CONSTRAINT fk_participant_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id),
    CONSTRAINT fk_participant_tenant FOREIGN KEY (supplier_tenant_id) REFERENCES tenant (id),
    INDEX ix_participant_supplier (supplier_tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dialogue_answer (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    participant_id BIGINT         NOT NULL,
    question_id    BIGINT         NOT NULL,
    text_value     TEXT           NULL,
    number_value   DECIMAL(19, 4) NULL,
    bool_value     BOOLEAN        NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(254)   NOT NULL,
    CONSTRAINT uk_answer UNIQUE (participant_id, question_id),
    CONSTRAINT fk_answer_participant FOREIGN KEY (participant_id) REFERENCES dialogue_participant (id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES dialogue_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every contact between the buyer and any supplier, and whether it was shared with all. Append-only.
CREATE TABLE dialogue_ledger (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dialogue_id        BIGINT        NOT NULL,
    occurred_at        DATETIME(6)   NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    supplier_tenant_id BIGINT        NULL,
    shared_with_all    BOOLEAN       NOT NULL,
    summary            VARCHAR(2000) NOT NULL,
    actor_name         VARCHAR(254)  NOT NULL,
    CONSTRAINT fk_ledger_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id),
    INDEX ix_ledger_dialogue (dialogue_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER dialogue_ledger_no_update BEFORE UPDATE ON dialogue_ledger FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger entries cannot be changed';

CREATE TRIGGER dialogue_ledger_no_delete BEFORE DELETE ON dialogue_ledger FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger entries cannot be deleted';
