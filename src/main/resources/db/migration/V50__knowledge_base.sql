-- The shared knowledge base of value-based procurement cases (issue 15). Cases are shared across tenants: the
-- contributing tenant writes its drafts; a published case is read by every logged-in user.

CREATE TABLE kb_case (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    contributor_tenant_id BIGINT       NOT NULL,
    region               VARCHAR(100)  NOT NULL,
    code                 VARCHAR(10)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    area                 VARCHAR(200)  NOT NULL,
    short_description    TEXT          NOT NULL,
    value_elements       TEXT          NOT NULL,
    procurement_text     TEXT          NOT NULL,
    procurement_form     VARCHAR(30)   NOT NULL,
    eforms_procedure     VARCHAR(20)   NULL,
    challenges           TEXT          NOT NULL,
    results              TEXT          NOT NULL,
    case_year            INT           NULL,
    kind                 VARCHAR(30)   NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    -- what the import asks a person to look at (results that repeat another case's), empty when nothing
    review_note          VARCHAR(500)  NOT NULL DEFAULT '',
    updated_at           DATETIME(6)   NOT NULL,
    -- the import is idempotent by region and code: a re-import updates, never duplicates
    CONSTRAINT uk_kb_case_code UNIQUE (region, code),
    CONSTRAINT fk_kb_case_tenant FOREIGN KEY (contributor_tenant_id) REFERENCES tenant (id),
    INDEX ix_kb_case_status (status, contributor_tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_case_keyword (
    case_id BIGINT     NOT NULL,
    keyword VARCHAR(1) NOT NULL,
    PRIMARY KEY (case_id, keyword),
    CONSTRAINT fk_kb_keyword_case FOREIGN KEY (case_id) REFERENCES kb_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A company named in a case, linked to its supplier tenant when the name matches one, else kept as text.
CREATE TABLE kb_case_company (
    case_id            BIGINT       NOT NULL,
    position           INT          NOT NULL,
    name               VARCHAR(200) NOT NULL,
    supplier_tenant_id BIGINT       NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT fk_kb_company_case FOREIGN KEY (case_id) REFERENCES kb_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_company_tenant FOREIGN KEY (supplier_tenant_id) REFERENCES tenant (id),
    INDEX ix_kb_company_tenant (supplier_tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Search synonyms kept by the platform admin: each row is one group of words that find each other.
CREATE TABLE kb_synonym (
    id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    words VARCHAR(500) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO kb_synonym (words) VALUES ('kol, kols'), ('sår, sårbehandling');
