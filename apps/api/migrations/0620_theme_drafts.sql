-- A theme's unpublished edits (layouts, brand colours, custom CSS) from the admin's design editor.
-- Shoppers never read this column; only the preview endpoint (signed token) and publish do.
ALTER TABLE store_themes ADD COLUMN draft jsonb;
