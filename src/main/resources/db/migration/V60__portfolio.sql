-- Portfolio management against a shared target picture (issue 16, seed 003). A portfolio board is a steering group
-- of its own kind; the portfolio, its versioned target picture and its initiatives hang off that group.

ALTER TABLE steering_group ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'STEERING';

CREATE TABLE portfolio (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    tenant_id      BIGINT       NOT NULL,
    board_id       BIGINT       NOT NULL,
    name           VARCHAR(200) NOT NULL,
    -- the length of a status period in months: 4 is a tertial
    period_months  INT          NOT NULL DEFAULT 4,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_portfolio_board UNIQUE (board_id),
    CONSTRAINT fk_portfolio_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_portfolio_board FOREIGN KEY (board_id) REFERENCES steering_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The other regions' tenants the board invited: their staff read the portfolio and report on their own initiatives.
CREATE TABLE portfolio_tenant (
    portfolio_id BIGINT NOT NULL,
    tenant_id    BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, tenant_id),
    INDEX ix_portfolio_tenant_tenant (tenant_id),
    CONSTRAINT fk_ptenant_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT fk_ptenant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A version of the target picture: drafted, then adopted; an adopted version is never changed again.
CREATE TABLE target_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    portfolio_id BIGINT       NOT NULL,
    number       INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    state        VARCHAR(12)  NOT NULL,
    adopted_at   DATETIME(6)  NULL,
    adopted_by   VARCHAR(254) NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_target_number UNIQUE (portfolio_id, number),
    CONSTRAINT fk_target_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Area, goal and sub-goal of one version. goal_key stays the same when a new version copies the goal, so that an
-- initiative's link to a goal outlives the version it was made in.
CREATE TABLE target_goal (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    version_id  BIGINT       NOT NULL,
    goal_key    CHAR(36)     NOT NULL,
    parent_key  CHAR(36)     NULL,
    level       VARCHAR(10)  NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    CONSTRAINT uk_goal_key UNIQUE (version_id, goal_key),
    CONSTRAINT fk_goal_version FOREIGN KEY (version_id) REFERENCES target_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    portfolio_id    BIGINT        NOT NULL,
    owner_tenant_id BIGINT        NOT NULL,
    project_id      BIGINT        NULL,
    name            VARCHAR(200)  NOT NULL,
    contact         VARCHAR(200)  NOT NULL,
    start_on        DATE          NOT NULL,
    end_on          DATE          NOT NULL,
    budget          DECIMAL(15,2) NULL,
    phase           VARCHAR(10)   NOT NULL,
    CONSTRAINT uk_initiative_name UNIQUE (portfolio_id, name),
    INDEX ix_initiative_owner (portfolio_id, owner_tenant_id, phase),
    CONSTRAINT fk_initiative_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT fk_initiative_owner FOREIGN KEY (owner_tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_initiative_project FOREIGN KEY (project_id) REFERENCES procurement_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative_goal (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    initiative_id BIGINT       NOT NULL,
    goal_key      CHAR(36)     NOT NULL,
    weight        VARCHAR(6)   NOT NULL,
    how           VARCHAR(500) NOT NULL,
    CONSTRAINT uk_initiative_goal UNIQUE (initiative_id, goal_key),
    CONSTRAINT fk_igoal_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every report is kept; the newest for a period is that period's status.
CREATE TABLE initiative_status (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    initiative_id BIGINT       NOT NULL,
    period_start  DATE         NOT NULL,
    colour        VARCHAR(6)   NOT NULL,
    reason        TEXT         NOT NULL,
    measures      TEXT         NOT NULL,
    reported_at   DATETIME(6)  NOT NULL,
    reported_by   VARCHAR(254) NOT NULL,
    INDEX ix_status_initiative (initiative_id, period_start, reported_at),
    CONSTRAINT fk_status_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative_checkpoint (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    initiative_id BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    original_on   DATE         NOT NULL,
    current_on    DATE         NOT NULL,
    INDEX ix_checkpoint_initiative (initiative_id, current_on),
    CONSTRAINT fk_checkpoint_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checkpoint_move (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    checkpoint_id BIGINT       NOT NULL,
    from_on       DATE         NOT NULL,
    to_on         DATE         NOT NULL,
    reason        TEXT         NOT NULL,
    moved_at      DATETIME(6)  NOT NULL,
    moved_by      VARCHAR(254) NOT NULL,
    INDEX ix_move_checkpoint (checkpoint_id, moved_at),
    CONSTRAINT fk_move_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES initiative_checkpoint (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative_dependency (
    initiative_id BIGINT NOT NULL,
    depends_on_id BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, depends_on_id),
    CONSTRAINT fk_idep_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_idep_on FOREIGN KEY (depends_on_id) REFERENCES initiative (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
