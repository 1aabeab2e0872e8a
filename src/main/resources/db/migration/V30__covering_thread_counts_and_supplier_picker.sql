-- Found by the scale benchmark (issue 13). The thread counts of a review (per document and per section) may be
-- limited to the reader's own threads, so the author is added to their index: the counts then read the index
-- alone instead of some 80,000 rows of the largest review.
ALTER TABLE review_comment DROP INDEX ix_review_comment_doc_thread,
    ADD INDEX ix_review_comment_doc_thread (document_id, parent_id, section_id, disposition, author_id);
-- the lazy supplier picker pages the suppliers by name, and the group invitation lists the buyers by name
CREATE INDEX ix_tenant_kind_name ON tenant (kind, name);
