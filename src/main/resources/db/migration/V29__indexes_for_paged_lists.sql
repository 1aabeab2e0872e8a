-- Indexes for the lists that now page and filter in SQL (issue 13). Every foreign key already has an index
-- (InnoDB adds one when no other index starts with its column); these serve the filters and sorts.

-- the audit log filtered by action, newest first, per tenant (the unfiltered log uses ix_audit_tenant_time)
ALTER TABLE audit_entry ADD INDEX ix_audit_tenant_action_time (tenant_id, action, occurred_at);

-- the dashboard's "projects I lead", newest first, per tenant
ALTER TABLE procurement_project ADD INDEX ix_project_tenant_lead_created (tenant_id, lead_user_id, created_at);

-- a project's decision points and case papers per group (the project page's steering tab, the decision gate)
ALTER TABLE case_paper ADD INDEX ix_case_paper_project_group (project_id, group_id);
ALTER TABLE steering_decision_point ADD INDEX ix_steering_point_group_project (group_id, project_id);

-- a meeting's decisions (the meeting page)
ALTER TABLE steering_decision ADD INDEX ix_decision_meeting (meeting_id, paper_id);

-- the plan grid's filters: status and expected month within a plan (its number order comes from uk_item_number)
ALTER TABLE action_item ADD INDEX ix_item_plan_status (plan_id, removed, status, expected_month);
