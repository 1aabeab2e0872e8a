-- Indexes for the reference-group and review screens at a region's volume (issue 13): the review screen counts a
-- document's threads per section and pages a section's threads; the group list pages a tenant's groups by name and
-- counts their members per page; the access checks read one person's memberships of a group.

-- thread counts per section and per document (covering: parent, section and disposition come from the index)
CREATE INDEX ix_review_comment_doc_thread ON review_comment (document_id, parent_id, section_id, disposition);
-- a reader's own comments: the last one (a former member's reading), their threads per section, the documents
CREATE INDEX ix_review_comment_doc_author ON review_comment (document_id, author_id, created_at);
-- a page of a section's threads, oldest first
CREATE INDEX ix_review_comment_section_thread ON review_comment (section_id, parent_id, created_at, id);
-- the group list: a tenant's groups by name
CREATE INDEX ix_ref_group_tenant_name ON ref_group (tenant_id, name);
-- one person's memberships of a group (access), and a page's active members and represented units
CREATE INDEX ix_ref_member_group_user ON ref_group_member (group_id, user_id, tenant_id);
CREATE INDEX ix_ref_member_group_active ON ref_group_member (group_id, left_on, joined_on, unit_id);
-- a group's documents, newest first
CREATE INDEX ix_review_doc_group_created ON review_document (group_id, created_at);
