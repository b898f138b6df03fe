-- Stores, their domains (platform-unique, publicly resolvable) and themes.

CREATE TABLE stores (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  domain text NOT NULL,
  custom_domain text,
  logo text,
  favicon text,
  primary_color text,
  secondary_color text,
  description text,
  contact_email text,
  contact_phone text,
  social_links jsonb NOT NULL DEFAULT '{}',
  settings jsonb NOT NULL DEFAULT '{}',
  currency char(3) NOT NULL DEFAULT 'USD',
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE', 'PENDING')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
SELECT enable_tenant_rls('stores');
CREATE TRIGGER stores_touch BEFORE UPDATE ON stores FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One row per hostname: the primary key makes a hostname unique on the whole platform, whether it
-- is a store's domain or its custom domain. Anyone may resolve a hostname; only the owner writes.
CREATE TABLE store_domains (
  hostname text PRIMARY KEY CHECK (hostname = lower(hostname)),
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('PRIMARY', 'CUSTOM')),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, store_id, kind)
);
ALTER TABLE store_domains ENABLE ROW LEVEL SECURITY;
ALTER TABLE store_domains FORCE ROW LEVEL SECURITY;
CREATE POLICY resolve_any ON store_domains FOR SELECT USING (true);
CREATE POLICY owner_insert ON store_domains FOR INSERT WITH CHECK (tenant_id = app_tenant_id());
CREATE POLICY owner_update ON store_domains FOR UPDATE USING (tenant_id = app_tenant_id())
  WITH CHECK (tenant_id = app_tenant_id());
CREATE POLICY owner_delete ON store_domains FOR DELETE USING (tenant_id = app_tenant_id());

CREATE TABLE store_themes (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  name text NOT NULL,
  is_active boolean NOT NULL DEFAULT false,
  header_layout text NOT NULL DEFAULT 'classic',
  footer_layout text NOT NULL DEFAULT 'classic',
  home_layout text NOT NULL DEFAULT 'classic',
  product_layout text NOT NULL DEFAULT 'classic',
  category_layout text NOT NULL DEFAULT 'grid',
  checkout_layout text NOT NULL DEFAULT 'single-page',
  custom_css text,
  custom_js text,
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
-- At most one active theme per store, held by the database.
CREATE UNIQUE INDEX store_themes_one_active ON store_themes (tenant_id, store_id) WHERE is_active;
SELECT enable_tenant_rls('store_themes');
CREATE TRIGGER store_themes_touch BEFORE UPDATE ON store_themes FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
