-- The members list of a tenant sorts by name. Sorting by the account's display name joined all of a large
-- tenant's accounts and sorted them (20,000 rows for a region, 35 ms a page); a copy of the name on the membership
-- lets the tenant's index give the order and stop at the page. Display names are never changed by the portal.
ALTER TABLE membership ADD COLUMN sort_name VARCHAR(200) NOT NULL DEFAULT '';
UPDATE membership m JOIN user_account u ON u.id = m.user_id SET m.sort_name = u.display_name;
ALTER TABLE membership ADD INDEX ix_membership_tenant_sort (tenant_id, sort_name, id);

-- Who holds a role in a tenant (its admins, its leads) starts from the role, not from every membership.
ALTER TABLE membership_role ADD INDEX ix_membership_role_role (role, membership_id);
