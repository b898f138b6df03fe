-- Typo-tolerant storefront search: edit distance (fuzzystrmatch) and accent folding (unaccent),
-- both in PostgreSQL's contrib on the server (15) and in the embedded engine (18).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;
