-- Rule-based customer segments of a store. A job evaluates them in priority order and writes the
-- first matching segment's slug to customers.segment (the seed's single Customer.segment).
CREATE TABLE customer_segments (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  priority int NOT NULL DEFAULT 100,
  rules jsonb NOT NULL DEFAULT '{}',
  member_count int NOT NULL DEFAULT 0,
  evaluated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, store_id, slug),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('customer_segments');
CREATE TRIGGER customer_segments_touch BEFORE UPDATE ON customer_segments FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
