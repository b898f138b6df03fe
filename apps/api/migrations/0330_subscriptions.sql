-- Subscriptions: plans on listings, customers' subscriptions renewed by a scheduled job.

CREATE TABLE subscription_plans (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  listing_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  interval text NOT NULL CHECK (interval IN ('DAY', 'WEEK', 'MONTH', 'YEAR')),
  interval_count int NOT NULL DEFAULT 1 CHECK (interval_count BETWEEN 1 AND 365),
  price_minor bigint NOT NULL CHECK (price_minor >= 0),
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('subscription_plans');
CREATE TRIGGER subscription_plans_touch BEFORE UPDATE ON subscription_plans FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE subscriptions (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  email text NOT NULL,
  quantity int NOT NULL DEFAULT 1 CHECK (quantity > 0),
  saved_payment_method_id uuid NOT NULL,
  shipping_address jsonb NOT NULL,
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'PAST_DUE', 'CANCELED')),
  next_renewal_at timestamptz NOT NULL,
  failed_attempts int NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  last_order_id uuid,
  last_error text,
  canceled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, plan_id) REFERENCES subscription_plans (tenant_id, id)
);
CREATE INDEX subscriptions_due ON subscriptions (next_renewal_at) WHERE status IN ('ACTIVE', 'PAST_DUE');
SELECT enable_tenant_rls('subscriptions');
CREATE TRIGGER subscriptions_touch BEFORE UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
