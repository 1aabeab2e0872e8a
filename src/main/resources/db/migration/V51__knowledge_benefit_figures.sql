-- Benefit figures named in a case's results ("23 pct.", "266 mio. kr."): proposed by the import or a save, shown as
-- facts only once a person of the contributing tenant has confirmed them (issue 15).
CREATE TABLE kb_benefit (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    case_id     BIGINT        NOT NULL,
    source_text VARCHAR(60)   NOT NULL,
    amount      DECIMAL(18,4) NOT NULL,
    unit        VARCHAR(20)   NOT NULL,
    measures    VARCHAR(300)  NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    decided_by  VARCHAR(254)  NULL,
    decided_at  DATETIME(6)   NULL,
    -- a figure is proposed once per text: a re-import neither repeats it nor brings back a rejected one
    CONSTRAINT uk_kb_benefit_source UNIQUE (case_id, source_text),
    CONSTRAINT fk_kb_benefit_case FOREIGN KEY (case_id) REFERENCES kb_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
