-- Analytics: storefront behaviour events (page views, product views, add to cart, searches …) and
-- A/B experiments with sticky per-session assignments. Sales, funnel and customer reports read the
-- other modules' tables (orders, carts, refunds, fulfillments, products) and own no copies of them.

CREATE TABLE analytics_events (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  session_id text NOT NULL CHECK (length(session_id) BETWEEN 1 AND 200),
  customer_id uuid, -- the signed-in shopper, when there is one (customers module: no foreign key)
  type text NOT NULL CHECK (type IN ('page_view', 'product_view', 'add_to_cart', 'remove_from_cart',
    'search', 'checkout_started', 'checkout_completed', 'custom')),
  name text CHECK (length(name) <= 100),
  listing_id uuid,
  path text CHECK (length(path) <= 2000),
  query text CHECK (length(query) <= 200),
  value_minor bigint CHECK (value_minor >= 0),
  properties jsonb NOT NULL DEFAULT '{}',
  -- clock_timestamp(): the events of one batch keep their order
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX analytics_events_store_time ON analytics_events (tenant_id, store_id, occurred_at);
CREATE INDEX analytics_events_session ON analytics_events (tenant_id, store_id, session_id, occurred_at);
SELECT enable_tenant_rls('analytics_events');

CREATE TABLE experiments (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  key text NOT NULL CHECK (key ~ '^[a-z0-9]+([-_][a-z0-9]+)*$' AND length(key) <= 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('DRAFT', 'RUNNING', 'STOPPED')),
  -- [{ "key": "control", "weight": 50 }, …]: the first variant is the control; weights add up to 100.
  variants jsonb NOT NULL CHECK (jsonb_typeof(variants) = 'array' AND jsonb_array_length(variants) BETWEEN 2 AND 10),
  -- 'order' (a cart of the session became an order) or an event type ('add_to_cart', …)
  goal text NOT NULL DEFAULT 'order',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, store_id, key),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('experiments');
CREATE TRIGGER experiments_touch BEFORE UPDATE ON experiments FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The first assignment of a session sticks, even if the split changes later.
CREATE TABLE experiment_assignments (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  experiment_id uuid NOT NULL,
  session_id text NOT NULL CHECK (length(session_id) BETWEEN 1 AND 200),
  variant text NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, experiment_id, session_id),
  FOREIGN KEY (tenant_id, experiment_id) REFERENCES experiments (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('experiment_assignments');
