-- Clarification questions from suppliers with private or published answers, and 1:1 meeting slots with minutes.

CREATE TABLE dialogue_clarification (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    dialogue_id        BIGINT        NOT NULL,
    participant_id     BIGINT        NOT NULL,
    question_text      TEXT          NOT NULL,
    asked_at           DATETIME(6)   NOT NULL,
    asked_by           VARCHAR(254)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    answer_text        TEXT          NULL,
    answered_at        DATETIME(6)   NULL,
    answered_by        VARCHAR(254)  NULL,
    private_reason     VARCHAR(1000) NULL,
    published_question TEXT          NULL,
    published_number   INT           NULL,
    CONSTRAINT uk_clarification_number UNIQUE (dialogue_id, published_number),
    CONSTRAINT fk_clarification_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id),
    CONSTRAINT fk_clarification_participant FOREIGN KEY (participant_id) REFERENCES dialogue_participant (id),
    INDEX ix_clarification_dialogue (dialogue_id, asked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A supplier books at most one slot per dialogue (the unique key), and a slot holds one supplier (booked_by).
CREATE TABLE meeting_slot (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    dialogue_id          BIGINT       NOT NULL,
    starts_at            DATETIME(6)  NOT NULL,
    duration_minutes     INT          NOT NULL,
    location             VARCHAR(500) NOT NULL,
    booked_by            BIGINT       NULL,
    booked_at            DATETIME(6)  NULL,
    minutes              TEXT         NULL,
    minutes_published    TEXT         NULL,
    minutes_published_at DATETIME(6)  NULL,
    CONSTRAINT uk_slot_supplier UNIQUE (dialogue_id, booked_by),
    CONSTRAINT fk_slot_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id),
    CONSTRAINT fk_slot_participant FOREIGN KEY (booked_by) REFERENCES dialogue_participant (id),
    INDEX ix_slot_dialogue (dialogue_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
