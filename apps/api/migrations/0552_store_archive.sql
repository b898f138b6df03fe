-- Deleting a store archives it: its orders, payments and customers stay; purging is separate.
ALTER TABLE stores DROP CONSTRAINT stores_status_check;
ALTER TABLE stores ADD CONSTRAINT stores_status_check
  CHECK (status IN ('ACTIVE', 'INACTIVE', 'PENDING', 'ARCHIVED'));
ALTER TABLE stores
  ADD COLUMN archived_at timestamptz,
  -- The last export of the store's data: a purge needs one taken after the store was archived.
  ADD COLUMN exported_at timestamptz,
  ADD CONSTRAINT stores_archived_at CHECK ((status = 'ARCHIVED') = (archived_at IS NOT NULL));
