-- Intake and prioritisation (issue 16): the board's weighted criteria, each proposal's scores, merges of
-- overlapping proposals, and what the portfolio sent to its board and what the board decided on it.

-- The board's weights, set by its secretary; one row per portfolio (a portfolio has one board).
CREATE TABLE portfolio_criteria (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT NOT NULL DEFAULT 0,
    portfolio_id BIGINT NOT NULL,
    benefit      INT    NOT NULL,
    cost         INT    NOT NULL,
    risk         INT    NOT NULL,
    fit          INT    NOT NULL,
    CONSTRAINT uk_criteria_portfolio UNIQUE (portfolio_id),
    CONSTRAINT fk_criteria_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A proposal's scores (1-5, 5 the most favourable: high benefit, low cost, low risk, good fit), and whether a legal
-- or safety duty makes it mandatory, with that duty named.
CREATE TABLE initiative_score (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    initiative_id  BIGINT       NOT NULL,
    benefit        INT          NOT NULL,
    cost           INT          NOT NULL,
    risk           INT          NOT NULL,
    fit            INT          NOT NULL,
    mandatory      BOOLEAN      NOT NULL,
    mandatory_basis VARCHAR(500) NOT NULL,
    scored_at      DATETIME(6)  NOT NULL,
    scored_by      VARCHAR(254) NOT NULL,
    CONSTRAINT uk_score_initiative UNIQUE (initiative_id),
    CONSTRAINT fk_score_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A merge: the proposal merged away keeps its own rows (status history, goal links, audit) and points to the one
-- it was merged into, which got copies of its goal links.
CREATE TABLE initiative_merge (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    from_id   BIGINT       NOT NULL,
    into_id   BIGINT       NOT NULL,
    merged_at DATETIME(6)  NOT NULL,
    merged_by VARCHAR(254) NOT NULL,
    CONSTRAINT uk_merge_from UNIQUE (from_id),
    INDEX ix_merge_into (into_id),
    CONSTRAINT fk_merge_from FOREIGN KEY (from_id) REFERENCES initiative (id),
    CONSTRAINT fk_merge_into FOREIGN KEY (into_id) REFERENCES initiative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the portfolio sent to its board: a proposal (INITIATIVE) or a target picture version (TARGET), the case
-- paper it became, and, once the board decided, the outcome and the reason it gave.
CREATE TABLE board_referral (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    portfolio_id BIGINT       NOT NULL,
    subject      VARCHAR(10)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    paper_id     BIGINT       NOT NULL,
    paper_number VARCHAR(20)  NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    sent_by      VARCHAR(254) NOT NULL,
    outcome      VARCHAR(10)  NULL,
    reason       TEXT         NOT NULL,
    decided_on   DATE         NULL,
    CONSTRAINT uk_referral_paper UNIQUE (paper_id),
    INDEX ix_referral_subject (portfolio_id, subject, subject_id),
    CONSTRAINT fk_referral_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT fk_referral_paper FOREIGN KEY (paper_id) REFERENCES case_paper (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The board decision a target picture version was adopted by.
ALTER TABLE target_version ADD COLUMN adopted_paper VARCHAR(20) NULL;
