-- Attachments of a case paper (vedlegg); they go with the paper, and are listed in the meeting package.
CREATE TABLE case_paper_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    paper_id     BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(200) NOT NULL,
    CONSTRAINT fk_paper_attachment_paper FOREIGN KEY (paper_id) REFERENCES case_paper (id),
    INDEX ix_paper_attachment_paper (paper_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
