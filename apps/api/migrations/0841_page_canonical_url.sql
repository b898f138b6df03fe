-- A page's or blog post's canonical URL for search engines (`<link rel="canonical">`), when it is
-- not the page's own address (e.g. an article first published elsewhere). NULL: its own address.
ALTER TABLE store_pages ADD COLUMN canonical_url text
  CHECK (canonical_url IS NULL OR (length(canonical_url) <= 2000 AND canonical_url ~ '^(https?://|/)'));
