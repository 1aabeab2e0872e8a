-- Platform foundation: tenants and their units, users, memberships, invitations, login throttling, audit.
-- All times are UTC (DATETIME(6)); text is utf8mb4.

CREATE TABLE tenant (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    code             VARCHAR(60)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    country          VARCHAR(2)   NOT NULL,
    time_zone        VARCHAR(60)  NOT NULL,
    default_language VARCHAR(5)   NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_tenant_code UNIQUE (code),
    CONSTRAINT uk_tenant_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    tenant_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    CONSTRAINT uk_org_unit_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_org_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(500) NULL,
    preferred_language VARCHAR(5)   NOT NULL,
    active             BOOLEAN      NOT NULL,
    platform_admin     BOOLEAN      NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    user_id    BIGINT      NOT NULL,
    tenant_id  BIGINT      NOT NULL,
    unit_id    BIGINT      NULL,
    active     BOOLEAN     NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_membership UNIQUE (user_id, tenant_id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    INDEX ix_membership_tenant (tenant_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership_role (
    membership_id BIGINT      NOT NULL,
    role          VARCHAR(30) NOT NULL,
    PRIMARY KEY (membership_id, role),
    CONSTRAINT fk_membership_role FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of an invitation token is stored: a leaked table gives nobody a way in.
CREATE TABLE invitation (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    user_id    BIGINT      NOT NULL,
    tenant_id  BIGINT      NULL, -- null for a platform admin, who belongs to no tenant
    token_hash CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_invitation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE login_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    INDEX ix_login_failure (email, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    actor_user_id BIGINT       NULL,
    actor_name    VARCHAR(254) NOT NULL,
    tenant_id     BIGINT       NULL,
    action        VARCHAR(80)  NOT NULL,
    entity_type   VARCHAR(80)  NOT NULL,
    entity_id     VARCHAR(80)  NOT NULL,
    changes       TEXT         NULL,
    INDEX ix_audit_tenant_time (tenant_id, occurred_at),
    INDEX ix_audit_tenant_actor (tenant_id, actor_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail is append-only, also for anyone who reaches the database past the application.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be deleted';
