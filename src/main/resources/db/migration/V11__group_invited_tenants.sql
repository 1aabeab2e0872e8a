-- Groups across tenants: a group's owner invites other buyer tenants (a national procurement body invites the
-- regions), and their people can then be members. Each membership records the tenant the member acts from; the
-- member sees the group only while acting in that tenant and while still an active member of it.

CREATE TABLE ref_group_tenant (
    group_id   BIGINT      NOT NULL,
    tenant_id  BIGINT      NOT NULL,
    PRIMARY KEY (group_id, tenant_id),
    CONSTRAINT fk_ref_group_tenant_group FOREIGN KEY (group_id) REFERENCES ref_group (id),
    CONSTRAINT fk_ref_group_tenant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE ref_group_member ADD COLUMN tenant_id BIGINT NULL AFTER user_id;
UPDATE ref_group_member m JOIN ref_group g ON g.id = m.group_id SET m.tenant_id = g.tenant_id;
ALTER TABLE ref_group_member MODIFY tenant_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_ref_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    ADD INDEX ix_ref_member_user_tenant (user_id, tenant_id);
