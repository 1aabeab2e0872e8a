-- A case's links: external notices by id (Doffin, TED), shown to every reader, and Samspill procurement projects,
-- which a project's lead links from the project's "Similar cases" tab and which only that tenant sees (issue 15).
CREATE TABLE kb_case_link (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT       NOT NULL,
    kind              VARCHAR(10)  NOT NULL,
    reference         VARCHAR(60)  NOT NULL,
    project_id        BIGINT       NULL,
    project_tenant_id BIGINT       NULL,
    added_by          VARCHAR(254) NOT NULL,
    added_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_kb_link UNIQUE (case_id, kind, reference),
    CONSTRAINT fk_kb_link_case FOREIGN KEY (case_id) REFERENCES kb_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_link_project FOREIGN KEY (project_id) REFERENCES procurement_project (id) ON DELETE CASCADE,
    INDEX ix_kb_link_project (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
