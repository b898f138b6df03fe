-- Inventory: the shared inventory of a tenant (products, variants, locations, stock, holds, ledger).
-- Stock invariants live in CHECK constraints; every move is one guarded UPDATE plus a ledger row.

CREATE TABLE products (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description text,
  type text NOT NULL DEFAULT 'PHYSICAL' CHECK (type IN ('PHYSICAL', 'DIGITAL', 'BUNDLE')),
  -- Money in minor units of the tenant's inventory currency.
  price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
  cost_minor bigint CHECK (cost_minor >= 0),
  currency char(3) NOT NULL DEFAULT 'USD',
  weight_grams integer CHECK (weight_grams >= 0),
  images jsonb NOT NULL DEFAULT '[]',
  attributes jsonb NOT NULL DEFAULT '{}',
  low_stock_threshold integer CHECK (low_stock_threshold >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Soft delete: orders and the ledger keep pointing at a deleted product's variants.
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX products_sku_key ON products (tenant_id, sku) WHERE deleted_at IS NULL;
CREATE INDEX products_created ON products (tenant_id, created_at) WHERE deleted_at IS NULL;
SELECT enable_tenant_rls('products');
CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE product_variants (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL,
  sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 100),
  name text NOT NULL,
  options jsonb NOT NULL DEFAULT '{}',
  -- NULL: the product's price / weight apply.
  price_minor bigint CHECK (price_minor >= 0),
  weight_grams integer CHECK (weight_grams >= 0),
  low_stock_threshold integer CHECK (low_stock_threshold >= 0),
  is_default boolean NOT NULL DEFAULT false,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX product_variants_sku_key ON product_variants (tenant_id, sku) WHERE deleted_at IS NULL;
CREATE INDEX product_variants_product ON product_variants (tenant_id, product_id);
SELECT enable_tenant_rls('product_variants');
CREATE TRIGGER product_variants_touch BEFORE UPDATE ON product_variants FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A bundle (kit) is a product whose default variant is made of other variants.
CREATE TABLE bundle_items (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  bundle_variant_id uuid NOT NULL,
  component_variant_id uuid NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (tenant_id, bundle_variant_id, component_variant_id),
  CHECK (bundle_variant_id <> component_variant_id),
  FOREIGN KEY (tenant_id, bundle_variant_id) REFERENCES product_variants (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, component_variant_id) REFERENCES product_variants (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX bundle_items_component ON bundle_items (tenant_id, component_variant_id);
SELECT enable_tenant_rls('bundle_items');

CREATE TABLE locations (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
  address jsonb NOT NULL DEFAULT '{}',
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
-- One default location per tenant, created lazily (INSERT … ON CONFLICT DO NOTHING on this index).
CREATE UNIQUE INDEX locations_one_default ON locations (tenant_id) WHERE is_default;
SELECT enable_tenant_rls('locations');
CREATE TRIGGER locations_touch BEFORE UPDATE ON locations FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The stock of one variant at one location. available = on_hand - reserved - allocated ≥ 0 always.
CREATE TABLE stock_levels (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  variant_id uuid NOT NULL,
  location_id uuid NOT NULL,
  on_hand integer NOT NULL DEFAULT 0,
  reserved integer NOT NULL DEFAULT 0,
  allocated integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, variant_id, location_id),
  CONSTRAINT stock_levels_invariant CHECK (reserved >= 0 AND allocated >= 0 AND reserved + allocated <= on_hand),
  FOREIGN KEY (tenant_id, variant_id) REFERENCES product_variants (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id)
);
SELECT enable_tenant_rls('stock_levels');

-- Holds for active carts. One row per (reference, ordered variant, stocked variant): a bundle line
-- holds each of its components; `line_variant_id` is what was put in the cart.
CREATE TABLE reservations (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
  line_variant_id uuid NOT NULL,
  variant_id uuid NOT NULL,
  location_id uuid NOT NULL,
  line_quantity integer NOT NULL CHECK (line_quantity > 0),
  quantity integer NOT NULL CHECK (quantity > 0),
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference, line_variant_id, variant_id),
  FOREIGN KEY (tenant_id, variant_id, location_id) REFERENCES stock_levels (tenant_id, variant_id, location_id)
    ON DELETE CASCADE
);
CREATE INDEX reservations_expiry ON reservations (expires_at);
CREATE INDEX reservations_variant ON reservations (tenant_id, variant_id);
SELECT enable_tenant_rls('reservations');
CREATE TRIGGER reservations_touch BEFORE UPDATE ON reservations FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Holds for placed orders, consumed by fulfilment or released by cancellation.
CREATE TABLE allocations (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  order_reference text NOT NULL CHECK (length(order_reference) BETWEEN 1 AND 200),
  line_variant_id uuid NOT NULL,
  variant_id uuid NOT NULL,
  location_id uuid NOT NULL,
  line_quantity integer NOT NULL CHECK (line_quantity > 0),
  quantity integer NOT NULL CHECK (quantity > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, order_reference, line_variant_id, variant_id),
  FOREIGN KEY (tenant_id, variant_id, location_id) REFERENCES stock_levels (tenant_id, variant_id, location_id)
    ON DELETE CASCADE
);
CREATE INDEX allocations_variant ON allocations (tenant_id, variant_id);
SELECT enable_tenant_rls('allocations');
CREATE TRIGGER allocations_touch BEFORE UPDATE ON allocations FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The append-only ledger. The three deltas let reconciliation recompute every stock row.
CREATE TABLE inventory_transactions (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  seq bigserial NOT NULL,
  product_id uuid NOT NULL,
  variant_id uuid NOT NULL,
  location_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('ADJUSTMENT', 'RESERVE', 'RELEASE', 'EXPIRE', 'ALLOCATE', 'DEALLOCATE',
    'FULFIL', 'RESTOCK', 'TRANSFER_OUT', 'TRANSFER_IN', 'SYNC')),
  quantity integer NOT NULL,
  on_hand_delta integer NOT NULL DEFAULT 0,
  reserved_delta integer NOT NULL DEFAULT 0,
  allocated_delta integer NOT NULL DEFAULT 0,
  reason text,
  reference text,
  actor text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, variant_id) REFERENCES product_variants (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX inventory_transactions_product ON inventory_transactions (tenant_id, product_id, seq);
CREATE INDEX inventory_transactions_stock ON inventory_transactions (tenant_id, variant_id, location_id);
SELECT enable_tenant_rls('inventory_transactions');
-- Append-only for the application: no updates, no deletes.
REVOKE UPDATE, DELETE, TRUNCATE ON inventory_transactions FROM ventory_app;

-- Low-stock notifications for the tenant (GET /api/inventory/alerts).
CREATE TABLE inventory_alerts (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL,
  variant_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('LOW_STOCK', 'OUT_OF_STOCK')),
  available integer NOT NULL,
  threshold integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX inventory_alerts_recent ON inventory_alerts (tenant_id, created_at DESC);
SELECT enable_tenant_rls('inventory_alerts');
