-- Documents a group reviews (needs analysis, requirement specification, other), published in versions. A version's
-- sections are fixed once published: a change is a new version, so comments stay on the text they were made on.

CREATE TABLE review_document (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    group_id       BIGINT       NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    opens_on       DATE         NOT NULL,
    closes_on      DATE         NOT NULL,
    current_number INT          NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_review_doc_group FOREIGN KEY (group_id) REFERENCES ref_group (id),
    INDEX ix_review_doc_group (group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    number       INT          NOT NULL,
    note         VARCHAR(1000) NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(200) NOT NULL,
    CONSTRAINT uk_review_version UNIQUE (document_id, number),
    CONSTRAINT fk_review_version_doc FOREIGN KEY (document_id) REFERENCES review_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_section (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    level       INT          NOT NULL,
    number      VARCHAR(40)  NOT NULL,
    heading     VARCHAR(300) NOT NULL,
    requirement VARCHAR(10)  NULL,
    body        MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_review_section UNIQUE (version_id, number),
    CONSTRAINT fk_review_section_version FOREIGN KEY (version_id) REFERENCES review_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A comment on a section, or a reply in its thread (parent_id). The lead's disposition sits on the thread's first
-- comment; the row's version guards it against two people disposing at once.
CREATE TABLE review_comment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    document_id        BIGINT        NOT NULL,
    section_id         BIGINT        NOT NULL,
    parent_id          BIGINT        NULL,
    author_id          BIGINT        NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    unit_name          VARCHAR(200)  NULL,
    on_behalf_of_unit  BOOLEAN       NOT NULL,
    body               TEXT          NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    disposition        VARCHAR(20)   NULL,
    disposition_reason TEXT          NOT NULL,
    disposed_by        VARCHAR(200)  NULL,
    disposed_at        DATETIME(6)   NULL,
    CONSTRAINT fk_review_comment_doc FOREIGN KEY (document_id) REFERENCES review_document (id),
    CONSTRAINT fk_review_comment_section FOREIGN KEY (section_id) REFERENCES review_section (id),
    CONSTRAINT fk_review_comment_parent FOREIGN KEY (parent_id) REFERENCES review_comment (id),
    CONSTRAINT fk_review_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    INDEX ix_review_comment_doc (document_id, section_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
