-- A company named in a case proposes a correction of one of its texts; the contributing tenant accepts (the text
-- replaces the case's) or rejects it with a note (issue 15). Every proposal is kept.
CREATE TABLE kb_correction (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    case_id            BIGINT       NOT NULL,
    supplier_tenant_id BIGINT       NOT NULL,
    field              VARCHAR(30)  NOT NULL,
    proposed           TEXT         NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    proposed_by        VARCHAR(254) NOT NULL,
    proposed_at        DATETIME(6)  NOT NULL,
    decided_by         VARCHAR(254) NULL,
    decided_at         DATETIME(6)  NULL,
    decision_note      VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT fk_kb_correction_case FOREIGN KEY (case_id) REFERENCES kb_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_correction_tenant FOREIGN KEY (supplier_tenant_id) REFERENCES tenant (id),
    INDEX ix_kb_correction_case (case_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
