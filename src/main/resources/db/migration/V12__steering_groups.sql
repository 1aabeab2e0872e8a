-- Steering groups of a buyer tenant: mandate, members, the projects they oversee, meetings with an agenda of case
-- papers (saksframlegg), the decisions made on them, and the archived PDF packages sent to the members.

CREATE TABLE steering_group (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    tenant_id             BIGINT       NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    mandate_purpose       TEXT         NOT NULL,
    mandate_approved_by   VARCHAR(200) NOT NULL,
    mandate_approver_role VARCHAR(200) NOT NULL,
    mandate_approved_on   DATE         NULL,
    mandate_from          DATE         NULL,
    mandate_to            DATE         NULL,
    created_at            DATETIME(6)  NOT NULL,
    CONSTRAINT uk_steering_group_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_steering_group_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE steering_member (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT      NOT NULL DEFAULT 0,
    group_id  BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    joined_on DATE        NOT NULL,
    left_on   DATE        NULL,
    CONSTRAINT fk_steering_member_group FOREIGN KEY (group_id) REFERENCES steering_group (id),
    CONSTRAINT fk_steering_member_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_steering_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A project under the group's oversight, and the decision it needs before a phase (seed 001 B1.1: the needs
-- analysis approved before the tender).
CREATE TABLE steering_decision_point (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id    BIGINT      NOT NULL,
    project_id  BIGINT      NOT NULL,
    before_phase VARCHAR(40) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    CONSTRAINT uk_steering_point UNIQUE (group_id, project_id, before_phase, kind),
    CONSTRAINT fk_steering_point_group FOREIGN KEY (group_id) REFERENCES steering_group (id),
    CONSTRAINT fk_steering_point_project FOREIGN KEY (project_id) REFERENCES procurement_project (id),
    INDEX ix_steering_point_project (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE steering_meeting (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    group_id         BIGINT       NOT NULL,
    starts_at        DATETIME(6)  NOT NULL,
    place            VARCHAR(300) NOT NULL,
    minutes_approved BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_steering_meeting_group FOREIGN KEY (group_id) REFERENCES steering_group (id),
    INDEX ix_steering_meeting_group (group_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_paper (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    group_id        BIGINT        NOT NULL,
    case_year       INT           NOT NULL,
    case_seq        INT           NOT NULL,
    project_id      BIGINT        NULL,
    addressed_to    VARCHAR(300)  NOT NULL,
    from_text       VARCHAR(300)  NOT NULL,
    paper_date      DATE          NOT NULL,
    exempt          BOOLEAN       NOT NULL,
    legal_basis     VARCHAR(200)  NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    summary         TEXT          NOT NULL,
    background      MEDIUMTEXT    NOT NULL,
    considerations  MEDIUMTEXT    NOT NULL,
    process_text    MEDIUMTEXT    NOT NULL,
    assessment      MEDIUMTEXT    NOT NULL,
    budget          MEDIUMTEXT    NOT NULL,
    reputation      MEDIUMTEXT    NOT NULL,
    checkpoints     MEDIUMTEXT    NOT NULL,
    proposal        MEDIUMTEXT    NOT NULL,
    decision_kind   VARCHAR(40)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_case_paper_number UNIQUE (group_id, case_year, case_seq),
    CONSTRAINT fk_case_paper_group FOREIGN KEY (group_id) REFERENCES steering_group (id),
    CONSTRAINT fk_case_paper_project FOREIGN KEY (project_id) REFERENCES procurement_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A meeting's agenda: papers in order. A paper can come back on a later agenda (to supersede a decision), so the
-- agenda is its own table and every meeting keeps its own.
CREATE TABLE steering_agenda_item (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    paper_id   BIGINT NOT NULL,
    position   INT    NOT NULL,
    CONSTRAINT uk_agenda_item UNIQUE (meeting_id, paper_id),
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES steering_meeting (id),
    CONSTRAINT fk_agenda_paper FOREIGN KEY (paper_id) REFERENCES case_paper (id),
    INDEX ix_agenda_paper (paper_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A decision on a case paper at a meeting. Once the meeting's minutes are approved it is never changed; a later
-- decision can supersede it.
CREATE TABLE steering_decision (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    paper_id      BIGINT       NOT NULL,
    meeting_id    BIGINT       NOT NULL,
    kind          VARCHAR(40)  NULL,
    conclusion    MEDIUMTEXT   NOT NULL,
    decided_on    DATE         NOT NULL,
    present       TEXT         NOT NULL,
    dissent       TEXT         NOT NULL,
    supersedes_id BIGINT       NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_decision_paper FOREIGN KEY (paper_id) REFERENCES case_paper (id),
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES steering_meeting (id),
    CONSTRAINT fk_decision_supersedes FOREIGN KEY (supersedes_id) REFERENCES steering_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Generated meeting packages: written once, never changed or deleted (regenerating makes a new version).
CREATE TABLE steering_package (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    number       INT          NOT NULL,
    generated_at DATETIME(6)  NOT NULL,
    generated_by VARCHAR(200) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT uk_steering_package UNIQUE (meeting_id, number),
    CONSTRAINT fk_steering_package_meeting FOREIGN KEY (meeting_id) REFERENCES steering_meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER steering_package_no_update BEFORE UPDATE ON steering_package FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'archived packages cannot be changed';

CREATE TRIGGER steering_package_no_delete BEFORE DELETE ON steering_package FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'archived packages cannot be deleted';
