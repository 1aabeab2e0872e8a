-- Impartiality declarations (issue 17): versioned templates per country (shipped ones have no tenant; a tenant's
-- adapted version has its tenant), a register per project that turns its gate on, one declaration per project and
-- person (kept when the person leaves the project's groups), its answer per supplier, and the suppliers taking part
-- in the project's market dialogues as this module learnt them from the dialogue's events.

CREATE TABLE impartiality_template (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    tenant_id  BIGINT      NULL,
    country    VARCHAR(2)  NOT NULL,
    number     INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_impartiality_template UNIQUE (country, tenant_id, number),
    CONSTRAINT fk_impartiality_template_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impartiality_template_text (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id BIGINT      NOT NULL,
    language    VARCHAR(5)  NOT NULL,
    part        VARCHAR(20) NOT NULL,
    text        TEXT        NOT NULL,
    CONSTRAINT uk_impartiality_text UNIQUE (template_id, language, part),
    CONSTRAINT fk_impartiality_text_template FOREIGN KEY (template_id) REFERENCES impartiality_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impartiality_register (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    tenant_id   BIGINT       NOT NULL,
    project_id  BIGINT       NOT NULL,
    opened_at   DATETIME(6)  NOT NULL,
    opened_by   VARCHAR(200) NOT NULL,
    CONSTRAINT uk_impartiality_register UNIQUE (project_id),
    CONSTRAINT fk_impartiality_register_project FOREIGN KEY (project_id) REFERENCES procurement_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impartiality_declaration (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    tenant_id         BIGINT       NOT NULL,
    project_id        BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    user_name         VARCHAR(200) NOT NULL,
    added_by          VARCHAR(200) NULL,
    template_id       BIGINT       NULL,
    signed_at         DATETIME(6)  NULL,
    signature_method  VARCHAR(20)  NULL,
    no_ties           BOOLEAN      NOT NULL DEFAULT FALSE,
    has_ties          BOOLEAN      NOT NULL DEFAULT FALSE,
    free_text         TEXT         NULL,
    decision          VARCHAR(30)  NULL,
    decision_reason   TEXT         NULL,
    decided_by        VARCHAR(200) NULL,
    decided_at        DATETIME(6)  NULL,
    CONSTRAINT uk_impartiality_declaration UNIQUE (project_id, user_id),
    CONSTRAINT fk_impartiality_decl_project FOREIGN KEY (project_id) REFERENCES procurement_project (id),
    CONSTRAINT fk_impartiality_decl_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_impartiality_decl_template FOREIGN KEY (template_id) REFERENCES impartiality_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impartiality_answer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    declaration_id     BIGINT       NOT NULL,
    supplier_tenant_id BIGINT       NOT NULL,
    supplier_name      VARCHAR(200) NOT NULL,
    tie                BOOLEAN      NOT NULL,
    kinds              VARCHAR(200) NOT NULL DEFAULT '',
    details            TEXT         NULL,
    excluded           BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_impartiality_answer UNIQUE (declaration_id, supplier_tenant_id),
    CONSTRAINT fk_impartiality_answer_decl FOREIGN KEY (declaration_id) REFERENCES impartiality_declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impartiality_supplier (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id         BIGINT       NOT NULL,
    supplier_tenant_id BIGINT       NOT NULL,
    supplier_name      VARCHAR(200) NOT NULL,
    joined_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_impartiality_supplier UNIQUE (project_id, supplier_tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the shipped templates, version 1 for Norway (forvaltningsloven §§ 6-10, FOA § 7-5) and Denmark (udbudsloven § 4)
INSERT INTO impartiality_template (id, tenant_id, country, number, created_at)
VALUES (1, NULL, 'NO', 1, '2026-12-03 00:00:00'), (2, NULL, 'DK', 1, '2026-12-03 00:00:00');

INSERT INTO impartiality_template_text (template_id, language, part, text) VALUES
(1, 'nb', 'INTRO', 'Habilitetserklæring etter forvaltningsloven §§ 6–10, jf. anskaffelsesforskriften § 7-5. Svar for hver leverandør som deltar i prosjektets markedsdialog.'),
(1, 'nb', 'RELATIVES', 'Er du i slekt eller svogerskap, gift, samboer, forlovet eller fosterforelder/fosterbarn med noen som eier, leder eller er ansatt hos leverandøren?'),
(1, 'nb', 'OWNERSHIP', 'Eier du eller dine nærstående aksjer eller andre eierandeler i leverandøren?'),
(1, 'nb', 'BOARD', 'Har du verv i styre, bedriftsforsamling eller ledelse hos leverandøren?'),
(1, 'nb', 'EMPLOYMENT', 'Har du vært ansatt hos eller utført oppdrag for leverandøren de siste tre årene?'),
(1, 'nb', 'OTHER', 'Foreligger andre særegne forhold som er egnet til å svekke tilliten til din upartiskhet?'),
(1, 'nb', 'CONFIDENTIALITY', 'Jeg forplikter meg til å bevare taushet om det jeg får vite om leverandørenes forhold og om anskaffelsen, og til å melde fra straks om forhold som kan gjøre meg inhabil.'),
(1, 'da', 'INTRO', 'Habilitetserklæring efter den norske forvaltningslov §§ 6–10, jf. anskaffelsesforskriften § 7-5. Svar for hver leverandør, der deltager i projektets markedsdialog.'),
(1, 'da', 'RELATIVES', 'Er du i familie eller svogerskab, gift, samlevende eller forlovet med nogen, der ejer, leder eller er ansat hos leverandøren?'),
(1, 'da', 'OWNERSHIP', 'Ejer du eller dine nærtstående aktier eller andre ejerandele i leverandøren?'),
(1, 'da', 'BOARD', 'Har du hverv i bestyrelse, repræsentantskab eller ledelse hos leverandøren?'),
(1, 'da', 'EMPLOYMENT', 'Har du været ansat hos eller udført opgaver for leverandøren inden for de seneste tre år?'),
(1, 'da', 'OTHER', 'Foreligger der andre særlige forhold, der kan svække tilliden til din upartiskhed?'),
(1, 'da', 'CONFIDENTIALITY', 'Jeg forpligter mig til at bevare tavshed om det, jeg får kendskab til om leverandørernes forhold og om indkøbet, og til straks at melde forhold, der kan gøre mig inhabil.'),
(1, 'en', 'INTRO', 'Declaration of impartiality under the Norwegian Public Administration Act sections 6–10 and the Public Procurement Regulations section 7-5. Answer for each supplier taking part in the project''s market dialogue.'),
(1, 'en', 'RELATIVES', 'Are you related by blood or marriage to, married to, living with, engaged to or a foster relation of anyone who owns, manages or works for the supplier?'),
(1, 'en', 'OWNERSHIP', 'Do you or your close relations own shares or other interests in the supplier?'),
(1, 'en', 'BOARD', 'Do you hold a position on the board, corporate assembly or management of the supplier?'),
(1, 'en', 'EMPLOYMENT', 'Have you been employed by or worked on assignments for the supplier within the last three years?'),
(1, 'en', 'OTHER', 'Are there other special circumstances that may impair confidence in your impartiality?'),
(1, 'en', 'CONFIDENTIALITY', 'I undertake to keep confidential what I learn about the suppliers'' affairs and the procurement, and to report at once anything that may make me partial.'),
(2, 'nb', 'INTRO', 'Habilitetserklæring etter den danske udbudsloven § 4 og forvaltningsloven kapittel 2. Svar for hver leverandør som deltar i prosjektets markedsdialog.'),
(2, 'nb', 'RELATIVES', 'Er du i slekt eller svogerskap, gift, samboer eller forlovet med noen som eier, leder eller er ansatt hos leverandøren?'),
(2, 'nb', 'OWNERSHIP', 'Har du eller dine nærstående en økonomisk interesse i leverandøren, for eksempel aksjer?'),
(2, 'nb', 'BOARD', 'Har du verv i styre eller ledelse hos leverandøren?'),
(2, 'nb', 'EMPLOYMENT', 'Har du vært ansatt hos eller rådgiver for leverandøren de siste tre årene?'),
(2, 'nb', 'OTHER', 'Foreligger andre forhold som er egnet til å vekke tvil om din upartiskhet?'),
(2, 'nb', 'CONFIDENTIALITY', 'Jeg forplikter meg til å bevare taushet om fortrolige opplysninger i indkøbet og til å melde fra straks om en interessekonflikt.'),
(2, 'da', 'INTRO', 'Habilitetserklæring efter udbudslovens § 4 og forvaltningslovens kapitel 2. Svar for hver leverandør, der deltager i projektets markedsdialog.'),
(2, 'da', 'RELATIVES', 'Er du i familie eller svogerskab, gift, samlevende eller forlovet med nogen, der ejer, leder eller er ansat hos leverandøren?'),
(2, 'da', 'OWNERSHIP', 'Har du eller dine nærtstående en økonomisk interesse i leverandøren, fx aktier?'),
(2, 'da', 'BOARD', 'Har du hverv i bestyrelse eller direktion hos leverandøren?'),
(2, 'da', 'EMPLOYMENT', 'Har du været ansat hos eller rådgiver for leverandøren inden for de seneste tre år?'),
(2, 'da', 'OTHER', 'Foreligger der andre forhold, der er egnede til at vække tvivl om din upartiskhed?'),
(2, 'da', 'CONFIDENTIALITY', 'Jeg forpligter mig til at bevare tavshed om fortrolige oplysninger i indkøbet og til straks at melde en interessekonflikt.'),
(2, 'en', 'INTRO', 'Declaration of impartiality under section 4 of the Danish Public Procurement Act and chapter 2 of the Public Administration Act. Answer for each supplier taking part in the project''s market dialogue.'),
(2, 'en', 'RELATIVES', 'Are you related by blood or marriage to, married to, living with or engaged to anyone who owns, manages or works for the supplier?'),
(2, 'en', 'OWNERSHIP', 'Do you or your close relations have a financial interest in the supplier, such as shares?'),
(2, 'en', 'BOARD', 'Do you hold a position on the board or executive management of the supplier?'),
(2, 'en', 'EMPLOYMENT', 'Have you been employed by or an adviser to the supplier within the last three years?'),
(2, 'en', 'OTHER', 'Are there other circumstances that may raise doubt about your impartiality?'),
(2, 'en', 'CONFIDENTIALITY', 'I undertake to keep confidential information in the procurement confidential and to report a conflict of interest at once.');
