-- Reference groups (for one procurement project) and product councils (for a category): mandate, and members
-- who represent a health trust or other unit, with their role and the dates they joined and left.

CREATE TABLE ref_group (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    tenant_id             BIGINT       NOT NULL,
    kind                  VARCHAR(20)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    project_id            BIGINT       NULL,
    category              VARCHAR(30)  NULL,
    fixed_group           BOOLEAN      NOT NULL,
    mandate_purpose       TEXT         NOT NULL,
    mandate_approved_by   VARCHAR(200) NOT NULL,
    mandate_approver_role VARCHAR(200) NOT NULL,
    mandate_approved_on   DATE         NULL,
    mandate_from          DATE         NULL,
    mandate_to            DATE         NULL,
    created_at            DATETIME(6)  NOT NULL,
    CONSTRAINT uk_ref_group_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_ref_group_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_ref_group_project FOREIGN KEY (project_id) REFERENCES procurement_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ref_group_member (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT      NOT NULL DEFAULT 0,
    group_id  BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    unit_id   BIGINT      NULL,
    role      VARCHAR(20) NOT NULL,
    joined_on DATE        NOT NULL,
    left_on   DATE        NULL,
    CONSTRAINT fk_ref_member_group FOREIGN KEY (group_id) REFERENCES ref_group (id),
    CONSTRAINT fk_ref_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_ref_member_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    INDEX ix_ref_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
