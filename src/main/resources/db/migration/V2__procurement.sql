-- Procurement projects of buyer tenants, the health trusts they concern, and their phase history.

CREATE TABLE procurement_project (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    tenant_id       BIGINT         NOT NULL,
    reference       VARCHAR(30)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    description     TEXT           NOT NULL,
    category        VARCHAR(30)    NOT NULL,
    lead_user_id    BIGINT         NULL,
    estimated_value DECIMAL(15, 2) NULL,
    currency        VARCHAR(3)     NOT NULL,
    phase           VARCHAR(40)    NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    CONSTRAINT uk_project_reference UNIQUE (tenant_id, reference),
    CONSTRAINT fk_project_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_project_lead FOREIGN KEY (lead_user_id) REFERENCES user_account (id),
    INDEX ix_project_tenant_created (tenant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE procurement_project_unit (
    project_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, unit_id),
    CONSTRAINT fk_project_unit_project FOREIGN KEY (project_id) REFERENCES procurement_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE procurement_phase_change (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id         BIGINT        NOT NULL,
    from_phase         VARCHAR(40)   NULL,
    to_phase           VARCHAR(40)   NOT NULL,
    changed_at         DATETIME(6)   NOT NULL,
    changed_by_user_id BIGINT        NULL,
    changed_by_name    VARCHAR(254)  NOT NULL,
    note               VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_phase_change_project FOREIGN KEY (project_id) REFERENCES procurement_project (id),
    INDEX ix_phase_change_project (project_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
