-- Audit entries about case papers exempt from public disclosure held their titles, proposals, conclusions and
-- attachment names, and every tenant admin reads and exports the log. Such an entry keeps the case number, the
-- exempt flag and the names of the fields that changed; each other value becomes ***, the form the service writes
-- since (steeringgroup.PaperAudit). The fields are listed in the order the service writes them; a field an entry
-- did not hold stays out. Audit entries are otherwise append-only, so the trigger is lifted for this update only.
DROP TRIGGER audit_entry_no_update;

UPDATE audit_entry a JOIN case_paper c ON a.entity_type = 'CasePaper' AND a.entity_id
    = CAST(c.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci
SET a.changes = NULLIF(CONCAT_WS('; ',
        IF(a.changes REGEXP '(^|; )number: ',
            CONCAT('number: – → ', c.case_seq, '/', LPAD(MOD(c.case_year, 100), 2, '0')), NULL),
        IF(a.changes REGEXP '(^|; )title: ', 'title: – → ***', NULL),
        NULLIF(REGEXP_SUBSTR(a.changes, 'exempt: (–|true|false) → (–|true|false)'), ''),
        IF(a.changes REGEXP '(^|; )proposal: ', 'proposal: – → ***', NULL),
        IF(a.changes REGEXP '(^|; )file: ', 'file: – → ***', NULL),
        IF(a.changes REGEXP '(^|; )bytes: ', 'bytes: – → ***', NULL),
        IF(a.changes REGEXP '(^|; )meeting: ', 'meeting: – → ***', NULL),
        IF(a.changes REGEXP '(^|; )conclusion: ', 'conclusion: – → ***', NULL),
        IF(a.changes REGEXP '(^|; )kind: ', 'kind: – → ***', NULL)), '')
WHERE c.exempt AND a.changes IS NOT NULL;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be changed';
