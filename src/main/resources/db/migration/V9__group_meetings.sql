-- A group's meetings: date, agenda, minutes (visible to the group's members) and who attended.

CREATE TABLE ref_group_meeting (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    group_id   BIGINT       NOT NULL,
    held_on    DATE         NOT NULL,
    title      VARCHAR(200) NOT NULL,
    agenda     TEXT         NOT NULL,
    minutes    TEXT         NOT NULL,
    CONSTRAINT fk_ref_meeting_group FOREIGN KEY (group_id) REFERENCES ref_group (id),
    INDEX ix_ref_meeting_group (group_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ref_meeting_attendee (
    meeting_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_ref_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES ref_group_meeting (id),
    CONSTRAINT fk_ref_attendee_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
