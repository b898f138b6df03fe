-- Loyalty: a per-store rule (points per currency unit on paid orders, value of a point), one
-- balance per customer that never goes negative, and an append-only ledger of every change.

CREATE TABLE loyalty_programs (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  is_active boolean NOT NULL DEFAULT false,
  points_per_unit int NOT NULL DEFAULT 1 CHECK (points_per_unit BETWEEN 0 AND 10000),
  point_value_minor int NOT NULL DEFAULT 1 CHECK (point_value_minor BETWEEN 1 AND 100000),
  min_redeem_points int NOT NULL DEFAULT 100 CHECK (min_redeem_points >= 1),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('loyalty_programs');
CREATE TRIGGER loyalty_programs_touch BEFORE UPDATE ON loyalty_programs FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE loyalty_accounts (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  customer_id uuid NOT NULL,
  balance int NOT NULL DEFAULT 0 CHECK (balance >= 0),
  PRIMARY KEY (tenant_id, customer_id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('loyalty_accounts');

CREATE TABLE loyalty_ledger (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL,
  order_id uuid,
  type text NOT NULL CHECK (type IN ('EARN', 'REVERSE', 'REDEEM', 'ADJUST')),
  points int NOT NULL CHECK (points <> 0),
  balance_after int NOT NULL CHECK (balance_after >= 0),
  reason text,
  reference text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX loyalty_ledger_customer ON loyalty_ledger (tenant_id, customer_id, created_at);
CREATE INDEX loyalty_ledger_order ON loyalty_ledger (tenant_id, order_id) WHERE order_id IS NOT NULL;
SELECT enable_tenant_rls('loyalty_ledger');
