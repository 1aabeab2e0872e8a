-- Action plans a steering group oversees (besides procurement projects): their items go on the package's status
-- pages, with what changed since the group's previous meeting.
CREATE TABLE steering_group_plan (
    group_id BIGINT NOT NULL,
    plan_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, plan_id),
    CONSTRAINT fk_steering_plan_group FOREIGN KEY (group_id) REFERENCES steering_group (id),
    CONSTRAINT fk_steering_plan_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
