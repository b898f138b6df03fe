-- Row-level security runs its tenant condition before any condition whose function is not
-- LEAKPROOF, and such a condition can then never be an index condition. Under the tenant policy a
-- category filter (`category_ids && …`), a tag or option filter (`@>`), an attribute filter
-- (jsonb `@>`) and a full-text match (`@@`) therefore ignored their GIN indexes and tested every
-- listing of the store (a category page of a 10,000-listing store read all 10,000 to count 1,000).
-- These four functions raise no error that depends on a row's values (only on the argument
-- types), so they can reveal nothing of rows the policy hides: they are marked LEAKPROOF.
-- Only a superuser may do this. On a managed server whose migration role is not one, the
-- migration leaves them as they are (queries stay right, only slower), and docs/scaling.md says
-- how to ask for it. The mark lives in this database's catalog: a restore into a new database
-- without superuser rights loses it, like any ALTER of a built-in.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.arrayoverlap(anyarray, anyarray) LEAKPROOF;
    ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
    ALTER FUNCTION pg_catalog.jsonb_contains(jsonb, jsonb) LEAKPROOF;
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
  ELSE
    RAISE NOTICE 'not a superuser: GIN filters under row-level security stay unindexed (docs/scaling.md)';
  END IF;
END $$;
