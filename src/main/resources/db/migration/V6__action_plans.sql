-- Action plans (handlingsplaner) with numbered items (A1.1), their status history and dependencies.

CREATE TABLE action_plan (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    tenant_id   BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_plan_title UNIQUE (tenant_id, title),
    CONSTRAINT fk_plan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The number (group letter, number, sub-number) never changes once given: removing an item leaves a gap, and the
-- number is not given again.
CREATE TABLE action_item (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    plan_id        BIGINT       NOT NULL,
    group_letter   CHAR(1)      NOT NULL,
    main_number    INT          NOT NULL,
    sub_number     INT          NOT NULL,
    title          VARCHAR(200) NOT NULL,
    description    TEXT         NOT NULL,
    measure        TEXT         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    status_text    TEXT         NOT NULL,
    expected_month DATE         NULL,
    responsible    VARCHAR(200) NOT NULL,
    project_id     BIGINT       NULL,
    updated_at     DATETIME(6)  NOT NULL,
    -- a removed item keeps its row (number reserved, history kept) but no longer shows
    removed        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_item_number UNIQUE (plan_id, group_letter, main_number, sub_number),
    CONSTRAINT fk_item_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
    CONSTRAINT fk_item_project FOREIGN KEY (project_id) REFERENCES procurement_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_item_dependency (
    item_id       BIGINT NOT NULL,
    depends_on_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, depends_on_id),
    CONSTRAINT fk_dependency_item FOREIGN KEY (item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_dependency_on FOREIGN KEY (depends_on_id) REFERENCES action_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status update, kept: the item's timeline and "what changed since the last meeting".
CREATE TABLE action_item_history (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id        BIGINT       NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    changed_by     VARCHAR(254) NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    status_text    TEXT         NOT NULL,
    expected_month DATE         NULL,
    CONSTRAINT fk_history_item FOREIGN KEY (item_id) REFERENCES action_item (id) ON DELETE CASCADE,
    INDEX ix_history_item (item_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
