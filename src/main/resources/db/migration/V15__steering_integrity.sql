-- One decision per paper and meeting (a correction changes it, a later meeting supersedes it), and whether a
-- package held an exempt paper when it was made: who may download it must not change when the agenda does.
ALTER TABLE steering_decision ADD CONSTRAINT uk_decision_paper_meeting UNIQUE (paper_id, meeting_id);

DROP TRIGGER steering_package_no_update;
ALTER TABLE steering_package ADD COLUMN contains_exempt BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE steering_package p SET contains_exempt = EXISTS (SELECT 1 FROM steering_agenda_item a
    JOIN case_paper c ON c.id = a.paper_id WHERE a.meeting_id = p.meeting_id AND c.exempt);
CREATE TRIGGER steering_package_no_update BEFORE UPDATE ON steering_package FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'archived packages cannot be changed';
