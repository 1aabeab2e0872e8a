-- Files in a market dialogue: the buyer's attachments to all participants, and suppliers' answers to file
-- questions. The bytes live in their own table so that listing files never loads them.

CREATE TABLE dialogue_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    dialogue_id    BIGINT       NOT NULL,
    participant_id BIGINT       NULL,
    question_id    BIGINT       NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    uploaded_by    VARCHAR(254) NOT NULL,
    CONSTRAINT fk_file_dialogue FOREIGN KEY (dialogue_id) REFERENCES market_dialogue (id),
    CONSTRAINT fk_file_participant FOREIGN KEY (participant_id) REFERENCES dialogue_participant (id),
    CONSTRAINT fk_file_question FOREIGN KEY (question_id) REFERENCES dialogue_question (id),
    INDEX ix_file_dialogue (dialogue_id, participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dialogue_file_content (
    file_id BIGINT   NOT NULL PRIMARY KEY,
    content LONGBLOB NOT NULL,
    CONSTRAINT fk_file_content FOREIGN KEY (file_id) REFERENCES dialogue_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
