-- The audit trail records a subject (kind and id) instead of an item id, so that blueprints, forms, publications,
-- sessions, print jobs and users are audited the same way as items (docs/adr/0007). Image uploads, recorded without
-- an item so far, become IMAGE entries; their id was part of the recorded text ("/bank/api/v1/images/<id> ...").
ALTER TABLE audit_entry ADD COLUMN subject_kind VARCHAR(30);
ALTER TABLE audit_entry ADD COLUMN subject_id BIGINT;
UPDATE audit_entry SET subject_kind = 'ITEM', subject_id = item_id WHERE item_id IS NOT NULL;
UPDATE audit_entry SET subject_kind = 'IMAGE',
       subject_id = CAST(SUBSTRING(after_value, 21, POSITION(' ' IN after_value) - 21) AS BIGINT)
 WHERE item_id IS NULL AND action = 'IMAGE_UPLOADED' AND after_value LIKE '/bank/api/v1/images/% %';
-- Nothing else was recorded without an item; should anything be, it keeps its row under subject id 0.
UPDATE audit_entry SET subject_kind = 'ITEM', subject_id = 0 WHERE subject_kind IS NULL;
ALTER TABLE audit_entry ALTER COLUMN subject_kind SET NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN subject_id SET NOT NULL;
DROP INDEX ix_audit_entry_item;
ALTER TABLE audit_entry DROP COLUMN item_id;
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_kind, subject_id, occurred_at);
