-- Scale data for the view benchmark (no.samspill.bench.ScaleData runs it once, after Flyway and the demo seeding).
-- Rows get explicit ids (offset above the demo data), so that every foreign key is arithmetic on seq_ numbers of
-- MariaDB's SEQUENCE engine and each table is one INSERT ... SELECT. A good part of the volume goes into the demo
-- tenants (Helse Sør-Øst, Sykehusinnkjøp, GE Healthcare), so that the demo users' views see long lists.
-- Statements end with ';' at the end of a line; '--' lines are comments.
SET @now = UTC_TIMESTAMP(6);
SET @today = UTC_DATE();
SET @hso = (SELECT id FROM tenant WHERE code = 'helse-sor-ost');
SET @ski = (SELECT id FROM tenant WHERE code = 'sykehusinnkjop');
SET @ge = (SELECT id FROM tenant WHERE code = 'ge-healthcare');
SET @hso_lead = (SELECT id FROM user_account WHERE email = 'innkjop@helse-sorost.demo');
SET @hso_member = (SELECT id FROM user_account WHERE email = 'klinikker@helse-sorost.demo');
SET @ski_admin = (SELECT id FROM user_account WHERE email = 'admin@sykehusinnkjop.demo');
SET @pw = (SELECT password_hash FROM user_account WHERE email = 'innkjop@helse-sorost.demo');

-- tenants: suppliers 1..10000 are @t0+i, buyers 1..200 are @b0+j
SET @t0 = (SELECT MAX(id) FROM tenant) + 1000;
SET @b0 = @t0 + 10000;
INSERT INTO tenant (id, version, code, name, kind, country, time_zone, default_language, created_at)
SELECT @t0 + seq, 0, CONCAT('bs-', LPAD(seq, 5, '0')), CONCAT('Leverandør ', LPAD(seq, 5, '0'), ' AS'), 'SUPPLIER',
       'NO', 'Europe/Oslo', 'nb', @now - INTERVAL seq MINUTE FROM seq_1_to_10000;
INSERT INTO tenant (id, version, code, name, kind, country, time_zone, default_language, created_at)
SELECT @b0 + seq, 0, CONCAT('bb-', LPAD(seq, 3, '0')), CONCAT('Helseregion ', LPAD(seq, 3, '0')),
       IF(seq % 4 = 0, 'PROCUREMENT_BODY', 'REGION'), IF(seq % 3 = 0, 'DK', 'NO'),
       IF(seq % 3 = 0, 'Europe/Copenhagen', 'Europe/Oslo'), IF(seq % 3 = 0, 'da', 'nb'), @now FROM seq_1_to_200;

-- units: 300 departments of Helse Sør-Øst (@u0+1..300), 5 health trusts per bench buyer (@u0+300+(j-1)*5+1..5)
SET @u0 = (SELECT MAX(id) FROM org_unit) + 1000;
INSERT INTO org_unit (id, version, tenant_id, name, kind)
SELECT @u0 + seq, 0, @hso, CONCAT('Avdeling ', LPAD(seq, 3, '0')), 'DEPARTMENT' FROM seq_1_to_300;
INSERT INTO org_unit (id, version, tenant_id, name, kind)
SELECT @u0 + 300 + seq, 0, @b0 + 1 + (seq - 1) DIV 5, CONCAT('Sykehus ', LPAD(seq, 4, '0')), 'HEALTH_TRUST'
FROM seq_1_to_1000;

-- users k = 1..50000 (@us0+k): 1..10000 Helse Sør-Øst, ..13000 Sykehusinnkjøp, ..23000 one per supplier,
-- ..25000 GE Healthcare, ..50000 the bench buyers (125 each)
SET @us0 = (SELECT MAX(id) FROM user_account) + 1000;
INSERT INTO user_account (id, version, email, display_name, password_hash, preferred_language, active, platform_admin,
                          created_at)
SELECT @us0 + seq, 0, CONCAT('bruker', LPAD(seq, 5, '0'), '@bench.demo'), CONCAT('Bruker ', LPAD(seq, 5, '0')), @pw,
       'nb', TRUE, FALSE, @now FROM seq_1_to_50000;
SET @m0 = (SELECT MAX(id) FROM membership) + 1000;
INSERT INTO membership (id, version, user_id, tenant_id, unit_id, active, created_at, pending, sort_name)
SELECT @m0 + seq, 0, @us0 + seq,
       CASE WHEN seq <= 10000 THEN @hso WHEN seq <= 13000 THEN @ski WHEN seq <= 23000 THEN @t0 + seq - 13000
            WHEN seq <= 25000 THEN @ge ELSE @b0 + 1 + (seq - 25001) % 200 END,
       CASE WHEN seq <= 10000 THEN @u0 + 1 + seq % 300
            WHEN seq > 25000 THEN @u0 + 300 + ((seq - 25001) % 200) * 5 + 1 + seq % 5 END,
       TRUE, @now, FALSE, CONCAT('Bruker ', LPAD(seq, 5, '0')) FROM seq_1_to_50000;
INSERT INTO membership_role (membership_id, role)
SELECT @m0 + seq, CASE WHEN seq BETWEEN 13001 AND 25000 THEN 'SUPPLIER_USER'
                       WHEN seq % 50 = 0 THEN 'PROCUREMENT_LEAD' ELSE 'MEMBER' END FROM seq_1_to_50000;
INSERT INTO membership_role (membership_id, role)
SELECT @m0 + seq, 'TENANT_ADMIN' FROM seq_1_to_50000 WHERE seq BETWEEN 13001 AND 23000 OR seq BETWEEN 25001 AND 25200
   OR seq % 1000 = 1;

-- projects k = 1..5000 (@p0+k): 1..2000 Helse Sør-Øst (lead: the demo lead), ..3000 Sykehusinnkjøp, ..5000 the
-- bench buyers (tenant index 1 + (k-3001) % 200)
SET @p0 = (SELECT MAX(id) FROM procurement_project) + 1000;
INSERT INTO procurement_project (id, version, tenant_id, reference, title, description, category, lead_user_id,
                                 estimated_value, currency, phase, created_at)
SELECT @p0 + seq, 0,
       CASE WHEN seq <= 2000 THEN @hso WHEN seq <= 3000 THEN @ski ELSE @b0 + 1 + (seq - 3001) % 200 END,
       CONCAT('B', LPAD(seq, 5, '0')),
       CONCAT(ELT(1 + seq % 8, 'Infusjonspumper', 'Ultralydapparater', 'Dialyseutstyr', 'Sårbehandling',
                  'Pasientmonitorer', 'Laboratorieanalyser', 'Rullestoler', 'Telemedisin'), ' – benchprosjekt ', seq),
       'Generert prosjekt for skalatesten: behov, marked, krav og konkurranse for en regional avtale.',
       ELT(1 + seq % 7, 'MTU', 'BHM', 'CONSUMABLES', 'PHARMACEUTICALS', 'SERVICES', 'ICT', 'OTHER'),
       CASE WHEN seq <= 2000 THEN @hso_lead WHEN seq <= 3000 THEN @ski_admin
            ELSE @us0 + 25001 + (seq - 3001) % 200 END,
       1000000 + seq * 1000, 'NOK',
       ELT(1 + seq % 7, 'NEEDS_ANALYSIS', 'MARKET_DIALOGUE', 'REQUIREMENT_SPECIFICATION', 'TENDER', 'EVALUATION',
           'CONTRACT', 'CONTRACT_MANAGEMENT'),
       @now - INTERVAL seq MINUTE FROM seq_1_to_5000;
INSERT INTO procurement_phase_change (project_id, from_phase, to_phase, changed_at, changed_by_user_id,
                                      changed_by_name, note)
SELECT id, NULL, phase, created_at, lead_user_id, 'Bench', '' FROM procurement_project WHERE id > @p0;
INSERT INTO procurement_project_unit (project_id, unit_id)
SELECT @p0 + seq, @u0 + 1 + seq % 300 FROM seq_1_to_2000;
INSERT INTO procurement_project_unit (project_id, unit_id)
SELECT @p0 + seq, @u0 + 1 + (seq + 1) % 300 FROM seq_1_to_2000;

-- market dialogues k = 1..1000 (@d0+k): 1..600 Helse Sør-Øst (on projects 1..600), ..700 Sykehusinnkjøp, ..1000 bench
-- buyers; every third is open to all suppliers. Two sections, five questions each.
SET @d0 = (SELECT MAX(id) FROM market_dialogue) + 1000;
INSERT INTO market_dialogue (id, version, tenant_id, project_id, title, introduction, deadline, access_mode, status,
                             questionnaire_version, created_at, published_at)
SELECT @d0 + seq, 0,
       CASE WHEN seq <= 600 THEN @hso WHEN seq <= 700 THEN @ski ELSE @b0 + 1 + (seq - 701) % 200 END,
       @p0 + CASE WHEN seq <= 600 THEN seq WHEN seq <= 700 THEN 2000 + seq - 600 ELSE 3000 + seq - 700 END,
       CONCAT('Markedsdialog ', LPAD(seq, 4, '0'), ' – skriftlig innspill'),
       'Vi ønsker leverandørenes innspill før vi skriver kravspesifikasjonen. Svarene behandles fortrolig.',
       @now + INTERVAL (1 + seq % 60) DAY, IF(seq % 3 = 0, 'OPEN', 'INVITED'), 'PUBLISHED', 1,
       @now - INTERVAL 30 DAY, @now - INTERVAL 20 DAY FROM seq_1_to_1000;
SET @s0 = (SELECT MAX(id) FROM dialogue_section) + 1000;
INSERT INTO dialogue_section (id, version, dialogue_id, position, title)
SELECT @s0 + seq, 0, @d0 + 1 + (seq - 1) DIV 2, 1 + (seq - 1) % 2, IF(seq % 2 = 1, 'Produkt og løsning',
       'Leveranse og opplæring') FROM seq_1_to_2000;
SET @q0 = (SELECT MAX(id) FROM dialogue_question) + 1000;
INSERT INTO dialogue_question (id, version, dialogue_id, section_id, position, text, type, max_length, unit, options,
                               required)
SELECT @q0 + seq, 0, @d0 + di, @s0 + (di - 1) * 2 + IF(j < 3, 1, 2), j + 1,
       ELT(j + 1, 'Beskriv løsningen og hvordan den integreres med journalsystemet.',
           'Hvor mange dager kan utstyret brukes før service?', 'Er produktet CE-merket etter MDR?',
           'Beskriv opplæringen dere tilbyr.', 'Kan dere levere innen seks måneder?'),
       ELT(j + 1, 'FREE_TEXT', 'NUMBER', 'YES_NO', 'FREE_TEXT', 'YES_NO'), NULL, IF(j = 1, 'dager', NULL), NULL,
       j < 3
FROM (SELECT seq, 1 + (seq - 1) DIV 5 AS di, (seq - 1) % 5 AS j FROM seq_1_to_5000) q;
-- participants: dialogues 1..5 have 1000 suppliers each, the others 15; GE Healthcare takes part in all 1000
-- (submitted in the odd ones). 19500 bench suppliers and 500 GE answers are submitted: 100000 answers.
SET @pa0 = (SELECT MAX(id) FROM dialogue_participant) + 1000;
INSERT INTO dialogue_participant (id, version, dialogue_id, supplier_tenant_id, invited, status, opened_at,
                                  submitted_at, seen_version)
SELECT @pa0 + p, 0, @d0 + di, IF(p > 19925, @ge, @t0 + si), di % 3 <> 0,
       CASE WHEN p > 19925 THEN IF(di % 2 = 1, 'SUBMITTED', 'DRAFT') WHEN p <= 19500 THEN 'SUBMITTED' ELSE 'OPENED' END,
       @now - INTERVAL 10 DAY,
       IF(p <= 19500 OR (p > 19925 AND di % 2 = 1), @now - INTERVAL (p % 5000) MINUTE, NULL), 1
FROM (SELECT seq AS p,
             CASE WHEN seq <= 5000 THEN 1 + (seq - 1) DIV 1000 WHEN seq <= 19925 THEN 6 + (seq - 5001) % 995
                  ELSE seq - 19925 END AS di,
             CASE WHEN seq <= 5000 THEN 1 + (seq - 1) % 1000
                  WHEN seq <= 19925 THEN ((6 + (seq - 5001) % 995) * 37) % 9900 + 1 + (seq - 5001) DIV 995
                  ELSE 0 END AS si
      FROM seq_1_to_20925) x;
INSERT INTO dialogue_answer (version, participant_id, question_id, text_value, number_value, bool_value, updated_at,
                             updated_by)
SELECT 0, p.id, @q0 + (p.dialogue_id - @d0 - 1) * 5 + s.seq + 1,
       CASE s.seq WHEN 0 THEN CONCAT('Vår løsning ', p.id, ' bruker HL7 FHIR mot journalen og har lukket sløyfe.')
                  WHEN 3 THEN 'Opplæring på stedet for superbrukere, deretter e-læring for alle.' END,
       IF(s.seq = 1, 7 + p.id % 60, NULL), IF(s.seq IN (2, 4), p.id % 2 = 0, NULL), p.submitted_at, 'bench'
FROM dialogue_participant p JOIN seq_0_to_4 s WHERE p.id > @pa0 AND p.status = 'SUBMITTED';

-- reference groups g = 1..600 (@g0+g): 1..200 Helse Sør-Øst (odd: reference groups on projects 1..200, even:
-- product councils), 201..600 two per bench buyer. The demo clinician sits in every Helse Sør-Øst group.
SET @g0 = (SELECT MAX(id) FROM ref_group) + 1000;
INSERT INTO ref_group (id, version, tenant_id, kind, name, project_id, category, fixed_group, mandate_purpose,
                       mandate_approved_by, mandate_approver_role, mandate_approved_on, mandate_from, mandate_to,
                       created_at)
SELECT @g0 + seq, 0, IF(seq <= 200, @hso, @b0 + 1 + (seq - 201) % 200),
       IF(seq % 2 = 1, 'REFERENCE_GROUP', 'PRODUCT_COUNCIL'), CONCAT('Benchgruppe ', LPAD(seq, 3, '0')),
       IF(seq % 2 = 1, @p0 + IF(seq <= 200, seq, 3000 + seq - 200), NULL),
       IF(seq % 2 = 0, ELT(1 + seq % 7, 'MTU', 'BHM', 'CONSUMABLES', 'PHARMACEUTICALS', 'SERVICES', 'ICT', 'OTHER'),
          NULL),
       seq % 2 = 0, 'Gruppen gir faglige råd om behov, krav og evaluering.', 'Fagdirektørmøtet', 'Fagdirektør',
       @today - INTERVAL 400 DAY, @today - INTERVAL 365 DAY, @today + INTERVAL 365 DAY, @now FROM seq_1_to_600;
INSERT INTO ref_group_member (version, group_id, user_id, tenant_id, unit_id, role, joined_on, left_on)
SELECT 0, @g0 + seq, @hso_member, @hso, NULL, IF(seq = 1, 'CHAIR', 'MEMBER'), @today - INTERVAL 300 DAY, NULL
FROM seq_1_to_200;
-- group 1 has 500 members, the other Helse Sør-Øst groups 20, the bench buyers' 5
INSERT INTO ref_group_member (version, group_id, user_id, tenant_id, unit_id, role, joined_on, left_on)
SELECT 0, @g0 + 1, @us0 + seq, @hso, @u0 + 1 + seq % 300, IF(seq = 1, 'SECRETARY', 'MEMBER'),
       @today - INTERVAL (seq % 300) DAY, IF(seq % 25 = 0, @today - INTERVAL 3 DAY, NULL) FROM seq_1_to_500;
INSERT INTO ref_group_member (version, group_id, user_id, tenant_id, unit_id, role, joined_on, left_on)
SELECT 0, @g0 + 2 + (seq - 1) DIV 20, @us0 + 1 + (seq * 7) % 10000, @hso, @u0 + 1 + ((seq * 7) % 10000 + 1) % 300,
       IF(seq % 20 = 1, 'SECRETARY', 'MEMBER'), @today - INTERVAL 200 DAY, NULL FROM seq_1_to_3980;
INSERT INTO ref_group_member (version, group_id, user_id, tenant_id, unit_id, role, joined_on, left_on)
SELECT 0, @g0 + 201 + (seq - 1) DIV 5, @us0 + 25001 + ((seq - 1) DIV 5) % 200 + 200 * ((seq - 1) % 5),
       @b0 + 1 + ((seq - 1) DIV 5) % 200, NULL, IF(seq % 5 = 1, 'CHAIR', 'MEMBER'), @today - INTERVAL 100 DAY, NULL
FROM seq_1_to_2000;
-- meetings: 300 in group 1, 2 in each other group
INSERT INTO ref_group_meeting (version, group_id, held_on, title, agenda, minutes)
SELECT 0, @g0 + 1, @today - INTERVAL 600 DAY + INTERVAL seq * 2 DAY, CONCAT('Gruppemøte ', seq),
       'Gjennomgang av innspill; kravspesifikasjon; eventuelt', IF(seq < 300, 'Referat: innspillene ble drøftet.', '')
FROM seq_1_to_300;
INSERT INTO ref_group_meeting (version, group_id, held_on, title, agenda, minutes)
SELECT 0, @g0 + 2 + (seq - 1) DIV 2, @today + INTERVAL IF(seq % 2 = 0, 30, -30) DAY, CONCAT('Møte ', seq),
       'Innspill til kravspesifikasjon', '' FROM seq_1_to_1198;
INSERT INTO ref_meeting_attendee (meeting_id, user_id)
SELECT m.id, @us0 + s.seq FROM ref_group_meeting m JOIN seq_1_to_20 s WHERE m.group_id = @g0 + 1 AND m.minutes <> '';

-- review documents k = 1..1000, one version each: document 1 (in group 1) has 200 sections and 150850 comments,
-- the others 10 sections and 850 comments: 1000000 comments, threads of a first comment and three replies
SET @rd0 = (SELECT MAX(id) FROM review_document) + 1000;
SET @rv0 = (SELECT MAX(id) FROM review_version) + 1000;
SET @rs0 = (SELECT MAX(id) FROM review_section) + 1000;
SET @rc0 = (SELECT MAX(id) FROM review_comment) + 1000;
INSERT INTO review_document (id, version, group_id, kind, title, opens_on, closes_on, current_number, created_at)
SELECT @rd0 + seq, 0, @g0 + CASE WHEN seq = 1 THEN 1 WHEN seq <= 598 THEN 2 + (seq - 2) DIV 3
                                 ELSE 201 + (seq - 599) % 400 END,
       ELT(1 + seq % 3, 'NEEDS_ANALYSIS', 'REQUIREMENT_SPECIFICATION', 'OTHER'),
       CONCAT('Kravspesifikasjon ', LPAD(seq, 4, '0')), @today - INTERVAL 10 DAY, @today + INTERVAL 20 DAY, 1, @now
FROM seq_1_to_1000;
INSERT INTO review_version (id, document_id, number, note, published_at, published_by)
SELECT @rv0 + seq, @rd0 + seq, 1, '', @now - INTERVAL 10 DAY, 'Bench' FROM seq_1_to_1000;
INSERT INTO review_section (id, version_id, position, level, number, heading, requirement, body)
SELECT @rs0 + seq, @rv0 + 1, seq, 1, CONCAT(seq), CONCAT('Krav ', seq), ELT(1 + seq % 3, 'MUST', 'SHOULD', NULL),
       'Leverandøren skal dokumentere at løsningen oppfyller kravet, med referanser fra tilsvarende leveranser.'
FROM seq_1_to_200;
INSERT INTO review_section (id, version_id, position, level, number, heading, requirement, body)
SELECT @rs0 + 200 + seq, @rv0 + 2 + (seq - 1) DIV 10, 1 + (seq - 1) % 10, 1, CONCAT(1 + (seq - 1) % 10),
       CONCAT('Krav ', 1 + (seq - 1) % 10), ELT(1 + seq % 3, 'MUST', 'SHOULD', NULL),
       'Leverandøren skal dokumentere at løsningen oppfyller kravet.' FROM seq_1_to_9990;
-- @chunked 1 1000000 100000
INSERT INTO review_comment (id, version, document_id, section_id, parent_id, author_id, author_name, unit_name,
                            on_behalf_of_unit, body, created_at, disposition, disposition_reason, disposed_by,
                            disposed_at)
SELECT @rc0 + n, 0, @rd0 + k,
       IF(k = 1, @rs0 + 1 + (kl DIV 4) % 200, @rs0 + 200 + (k - 2) * 10 + 1 + (kl DIV 4) % 10),
       IF(kl % 4 = 0, NULL, @rc0 + n - kl % 4), @us0 + u, CONCAT('Bruker ', LPAD(u, 5, '0')), NULL, FALSE,
       CONCAT('Innspill ', n, ': kravet bør presiseres, og vi foreslår en lengre overgangsperiode for opplæring.'),
       @now - INTERVAL (1000000 - n) SECOND, d, '', IF(d IS NULL, NULL, 'Bench'), IF(d IS NULL, NULL, @now)
FROM (SELECT n, k, kl, IF(k <= 598, 1 + n % 10000, 25001 + (k - 599) % 200 + 200 * (n % 125)) AS u,
             IF(kl % 12 = 0, ELT(1 + (kl DIV 12) % 5, 'ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'NOTED'), NULL) AS d
      FROM (SELECT seq AS n, IF(seq <= 150850, 1, 2 + (seq - 150851) DIV 850) AS k,
                   IF(seq <= 150850, seq - 1, (seq - 150851) % 850) AS kl FROM seq_{FROM}_to_{TO}) a) c;

-- action plans k = 1..251: plan 1 of Sykehusinnkjøp has 5000 items, plans 2..51 (Sykehusinnkjøp) 100, plans
-- 52..251 (one per bench buyer) 50: 20000 items
SET @ap0 = (SELECT MAX(id) FROM action_plan) + 1000;
SET @ai0 = (SELECT MAX(id) FROM action_item) + 1000;
INSERT INTO action_plan (id, version, tenant_id, title, description, created_at)
SELECT @ap0 + seq, 0, IF(seq <= 51, @ski, @b0 + seq - 51), CONCAT('Benchplan ', LPAD(seq, 3, '0')),
       'Generert handlingsplan for skalatesten.', @now FROM seq_1_to_251;
INSERT INTO action_item (id, version, plan_id, group_letter, main_number, sub_number, title, description, measure,
                         status, status_text, expected_month, responsible, project_id, updated_at, removed)
SELECT @ai0 + i, 0, @ap0 + k, CHAR(65 + l % 5), 1 + (l DIV 5) DIV 10, 1 + (l DIV 5) % 10,
       CONCAT('Tiltak ', i, ': felles kravmal for ', ELT(1 + i % 4, 'MTU', 'BHM', 'forbruksmateriell', 'tjenester')),
       'Utarbeide og forankre en felles mal.', 'Malen er tatt i bruk i alle nye anskaffelser.',
       ELT(1 + l % 4, 'GREEN', 'YELLOW', 'RED', 'DONE'), 'I rute etter plan.',
       DATE_FORMAT(@today + INTERVAL (l % 24) MONTH, '%Y-%m-01'), ELT(1 + l % 3, 'Fagdirektør', 'Innkjøpssjef',
       'Prosjektleder'), IF(k <= 51 AND l % 3 = 0, @p0 + 2001 + l % 1000, NULL), @now - INTERVAL l MINUTE, l % 97 = 96
FROM (SELECT seq AS i,
             CASE WHEN seq <= 5000 THEN 1 WHEN seq <= 10000 THEN 2 + (seq - 5001) DIV 100
                  ELSE 52 + (seq - 10001) DIV 50 END AS k,
             CASE WHEN seq <= 5000 THEN seq - 1 WHEN seq <= 10000 THEN (seq - 5001) % 100
                  ELSE (seq - 10001) % 50 END AS l FROM seq_1_to_20000) x;
INSERT INTO action_item_history (item_id, changed_at, changed_by, status, status_text, expected_month)
SELECT id, updated_at, 'Bench', status, status_text, expected_month FROM action_item WHERE id > @ai0;
INSERT INTO action_item_history (item_id, changed_at, changed_by, status, status_text, expected_month)
SELECT @ai0 + 1, @now - INTERVAL seq DAY, 'Bench', ELT(1 + seq % 3, 'GREEN', 'YELLOW', 'RED'), CONCAT('Status ', seq),
       NULL FROM seq_1_to_50;
INSERT INTO action_item_dependency (item_id, depends_on_id)
SELECT @ai0 + seq, @ai0 + seq - 1 FROM seq_2_to_5000 WHERE seq % 10 = 1;

-- round tables of Sykehusinnkjøp: 300, with 10 participants and 6 entries each (actions linked to plan 1)
SET @rt0 = (SELECT MAX(id) FROM round_table) + 1000;
INSERT INTO round_table (id, version, tenant_id, title, held_on, place, topic, created_at)
SELECT @rt0 + seq, 0, @ski, CONCAT('Rundebordskonferanse ', LPAD(seq, 3, '0')), @today - INTERVAL seq * 3 DAY,
       'Oslo', 'Erfaringer fra verdibaserte anskaffelser.', @now FROM seq_1_to_300;
INSERT INTO round_table_participant (conference_id, user_id, name, organisation)
SELECT @rt0 + 1 + (seq - 1) DIV 10, @us0 + 10001 + seq % 3000, CONCAT('Bruker ', LPAD(10001 + seq % 3000, 5, '0')),
       'Sykehusinnkjøp HF' FROM seq_1_to_3000;
INSERT INTO round_table_entry (version, conference_id, kind, position, text, item_id)
SELECT 0, @rt0 + 1 + (seq - 1) DIV 6, ELT(1 + seq % 3, 'AGENDA', 'LEARNING', 'ACTION'), 1 + (seq - 1) % 6,
       CONCAT('Punkt ', seq), IF(seq % 3 = 2, @ai0 + 1 + seq % 5000, NULL) FROM seq_1_to_1800;

-- steering groups k = 1..120: 1..10 Sykehusinnkjøp (group 1 has 1000 meetings, 2..10 have 50), 11..120 one per bench
-- buyer (5 meetings): 2000 meetings with two case papers each on the agenda, decided once the minutes are approved
SET @sg0 = (SELECT MAX(id) FROM steering_group) + 1000;
SET @sm0 = (SELECT MAX(id) FROM steering_meeting) + 1000;
SET @cp0 = (SELECT MAX(id) FROM case_paper) + 1000;
INSERT INTO steering_group (id, version, tenant_id, name, mandate_purpose, mandate_approved_by, mandate_approver_role,
                            mandate_approved_on, mandate_from, mandate_to, created_at)
SELECT @sg0 + seq, 0, IF(seq <= 10, @ski, @b0 + seq - 10), CONCAT('Styringsgruppe bench ', LPAD(seq, 3, '0')),
       'Styringsgruppen fatter beslutninger ved faseovergangene.', 'Administrerende direktør', 'Direktør',
       @today - INTERVAL 1000 DAY, @today - INTERVAL 1000 DAY, @today + INTERVAL 365 DAY, @now FROM seq_1_to_120;
INSERT INTO steering_member (version, group_id, user_id, role, joined_on, left_on)
SELECT 0, @sg0 + 1, @us0 + 10000 + seq, ELT(LEAST(seq, 3), 'CHAIR', 'SECRETARY', 'MEMBER'),
       @today - INTERVAL 900 DAY, NULL FROM seq_1_to_30;
INSERT INTO steering_member (version, group_id, user_id, role, joined_on, left_on)
SELECT 0, @sg0 + 1 + (seq - 1) DIV 8,
       @us0 + IF(seq <= 80, 10100 + seq, 25001 + ((seq - 1) DIV 8 - 10) + 200 * ((seq - 1) % 8)),
       ELT(LEAST(1 + (seq - 1) % 8, 3), 'CHAIR', 'SECRETARY', 'MEMBER'), @today - INTERVAL 300 DAY, NULL
FROM seq_9_to_960;
INSERT INTO steering_decision_point (group_id, project_id, before_phase, kind)
SELECT @sg0 + 1, @p0 + 2000 + seq, 'TENDER', 'NEEDS_ANALYSIS_APPROVAL' FROM seq_1_to_200;
INSERT INTO steering_decision_point (group_id, project_id, before_phase, kind)
SELECT @sg0 + 2 + (seq - 1) DIV 20, @p0 + 2200 + seq, 'CONTRACT', 'AWARD_APPROVAL' FROM seq_1_to_180;
INSERT INTO steering_meeting (id, version, group_id, starts_at, place, minutes_approved)
SELECT @sm0 + m, 0, @sg0 + k, s, 'Møterom 1, Sykehusinnkjøp', s < @now - INTERVAL 7 DAY
FROM (SELECT m, k, IF(k = 1, @now - INTERVAL 900 DAY + INTERVAL lm DAY, @now - INTERVAL 200 DAY + INTERVAL lm * 7 DAY) AS s
      FROM (SELECT seq AS m,
                   CASE WHEN seq <= 1000 THEN 1 WHEN seq <= 1450 THEN 2 + (seq - 1001) DIV 50
                        ELSE 11 + (seq - 1451) DIV 5 END AS k,
                   CASE WHEN seq <= 1000 THEN seq - 1 WHEN seq <= 1450 THEN (seq - 1001) % 50
                        ELSE (seq - 1451) % 5 END AS lm FROM seq_1_to_2000) a) b;
INSERT INTO case_paper (id, version, group_id, case_year, case_seq, project_id, addressed_to, from_text, paper_date,
                        exempt, legal_basis, title, summary, background, considerations, process_text, assessment,
                        budget, reputation, checkpoints, proposal, decision_kind, created_at)
SELECT @cp0 + n, 0, g, YEAR(s), n, IF(g <= @sg0 + 10, @p0 + 2001 + n % 1000, NULL), 'Styringsgruppen',
       'Prosjektleder', DATE(s) - INTERVAL 7 DAY, n % 10 = 0, IF(n % 10 = 0, 'Offl. § 23 første ledd', ''),
       CONCAT('Sak ', n, ': godkjenning av behovsanalyse'), 'Behovsanalysen legges fram for godkjenning.',
       'Bakgrunn.', 'Vurderinger.', 'Prosess.', 'Samlet vurdering.', 'Innenfor budsjett.', 'Ingen særskilte.',
       'Sjekkpunktene er gjennomgått.', 'Styringsgruppen godkjenner behovsanalysen.',
       ELT(1 + n % 4, 'NEEDS_ANALYSIS_APPROVAL', 'REQUIREMENTS_APPROVAL', 'AWARD_APPROVAL', 'OTHER'), s - INTERVAL 7 DAY
FROM (SELECT (m.id - @sm0 - 1) * 2 + t.seq AS n, m.group_id AS g, m.starts_at AS s
      FROM steering_meeting m JOIN seq_1_to_2 t WHERE m.id > @sm0) p;
INSERT INTO steering_agenda_item (meeting_id, paper_id, position)
SELECT @sm0 + 1 + (seq - 1) DIV 2, @cp0 + seq, 1 + (seq - 1) % 2 FROM seq_1_to_4000;
INSERT INTO steering_decision (version, paper_id, meeting_id, kind, conclusion, decided_on, present, dissent,
                               supersedes_id, recorded_by, recorded_at)
SELECT 0, p.id, a.meeting_id, p.decision_kind, 'Vedtatt som foreslått.', DATE(m.starts_at), 'Alle medlemmer', '', NULL,
       'Bench', m.starts_at
FROM case_paper p JOIN steering_agenda_item a ON a.paper_id = p.id JOIN steering_meeting m ON m.id = a.meeting_id
WHERE p.id > @cp0 AND m.minutes_approved;

-- the audit log and the bell: copies of the demo seeding's own rows, so that every action and kind is one the views
-- know (300000 audit entries of Helse Sør-Øst, 5000 notices for the demo lead). The audit insert names no columns
-- on purpose: MariaDB 11.4.5 refuses INSERT INTO audit_entry (columns...) SELECT ... with "Column 'occurred_at'
-- cannot be null" even for a constant (seen with the table's triggers), and takes the same rows in table order.
CREATE TEMPORARY TABLE bench_audit AS
SELECT actor_user_id, actor_name, tenant_id, action, entity_type, entity_id, changes FROM audit_entry
WHERE tenant_id = @hso ORDER BY id LIMIT 30;
INSERT INTO audit_entry
SELECT NULL, @now - INTERVAL s.seq MINUTE, a.actor_user_id, a.actor_name, a.tenant_id, a.action, a.entity_type,
       a.entity_id, a.changes
FROM bench_audit a JOIN seq_1_to_10000 s;
INSERT INTO notice (recipient_user_id, tenant_id, category, kind, object_type, object_id, route, args, actor_user_id,
                    created_at, read_at, dedupe_key, mailed_at)
SELECT @hso_lead, n.tenant_id, n.category, n.kind, n.object_type, n.object_id, n.route, n.args, n.actor_user_id,
       UTC_TIMESTAMP(6) - INTERVAL s.seq MINUTE, IF(s.seq % 3 = 0, NULL, UTC_TIMESTAMP(6)), CONCAT('bench:', s.seq, ':', n.id), UTC_TIMESTAMP(6)
FROM (SELECT * FROM notice WHERE tenant_id = @hso ORDER BY id LIMIT 10) n JOIN seq_1_to_500 s;

-- last: the marker that the data is complete (ScaleData.present)
INSERT INTO steering_group_plan (group_id, plan_id) VALUES (@sg0 + 1, @ap0 + 1);
