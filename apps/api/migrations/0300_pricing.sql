-- Pricing configuration of a store: shipping methods, payment methods, tax rates, coupons, gift cards.
-- Money is bigint minor units; percentages are numeric percent ("10" = 10 %).

CREATE TABLE shipping_methods (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text,
  price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
  free_above_minor bigint CHECK (free_above_minor >= 0),
  estimated_delivery_days int CHECK (estimated_delivery_days >= 0),
  is_active boolean NOT NULL DEFAULT true,
  taxable boolean NOT NULL DEFAULT true,
  rate_calculation_type text NOT NULL DEFAULT 'FLAT'
    CHECK (rate_calculation_type IN ('FLAT', 'WEIGHT', 'ITEM', 'CUSTOM')),
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX shipping_methods_store ON shipping_methods (tenant_id, store_id);
SELECT enable_tenant_rls('shipping_methods');
CREATE TRIGGER shipping_methods_touch BEFORE UPDATE ON shipping_methods FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE payment_methods (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  provider text NOT NULL CHECK (provider IN ('manual', 'test', 'stripe')),
  is_active boolean NOT NULL DEFAULT true,
  settings jsonb NOT NULL DEFAULT '{}',
  instructions text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX payment_methods_store ON payment_methods (tenant_id, store_id);
SELECT enable_tenant_rls('payment_methods');
CREATE TRIGGER payment_methods_touch BEFORE UPDATE ON payment_methods FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE tax_rates (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country char(2) NOT NULL CHECK (country = upper(country)),
  region text,
  postal_prefix text,
  tax_category text,
  rate numeric(9, 4) NOT NULL CHECK (rate >= 0 AND rate <= 100),
  applies_to_shipping boolean NOT NULL DEFAULT false,
  compound boolean NOT NULL DEFAULT false,
  priority int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX tax_rates_store ON tax_rates (tenant_id, store_id, country);
SELECT enable_tenant_rls('tax_rates');
CREATE TRIGGER tax_rates_touch BEFORE UPDATE ON tax_rates FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE coupons (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  code text NOT NULL CHECK (code = upper(code) AND length(code) BETWEEN 1 AND 64),
  description text,
  discount_type text NOT NULL CHECK (discount_type IN ('PERCENTAGE', 'FIXED', 'FREE_SHIPPING')),
  -- percent for PERCENTAGE, a decimal amount of the store currency for FIXED, 0 for FREE_SHIPPING
  discount_value numeric(18, 6) NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
  minimum_order_minor bigint CHECK (minimum_order_minor >= 0),
  starts_at timestamptz,
  expires_at timestamptz,
  usage_limit int CHECK (usage_limit >= 0),
  usage_count int NOT NULL DEFAULT 0,
  per_customer_limit int CHECK (per_customer_limit >= 0),
  applicable_product_ids uuid[] NOT NULL DEFAULT '{}',
  applicable_category_ids uuid[] NOT NULL DEFAULT '{}',
  excluded_product_ids uuid[] NOT NULL DEFAULT '{}',
  excluded_category_ids uuid[] NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, store_id, code),
  -- the usage limit holds under any concurrency: a use beyond it violates this check
  CHECK (usage_count >= 0 AND (usage_limit IS NULL OR usage_count <= usage_limit)),
  CHECK (discount_type <> 'PERCENTAGE' OR discount_value <= 100),
  CHECK (starts_at IS NULL OR expires_at IS NULL OR starts_at < expires_at)
);
SELECT enable_tenant_rls('coupons');
CREATE TRIGGER coupons_touch BEFORE UPDATE ON coupons FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Uses of a coupon per customer (customer id, or lower-cased email for guests): the per-customer
-- limit is a guarded upsert on this row.
CREATE TABLE coupon_customer_usages (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  coupon_id uuid NOT NULL,
  customer_key text NOT NULL,
  uses int NOT NULL CHECK (uses >= 0),
  PRIMARY KEY (tenant_id, coupon_id, customer_key),
  FOREIGN KEY (tenant_id, coupon_id) REFERENCES coupons (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('coupon_customer_usages');

CREATE TABLE gift_cards (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  code text NOT NULL CHECK (code = upper(code) AND length(code) BETWEEN 4 AND 64),
  currency char(3) NOT NULL,
  initial_balance_minor bigint NOT NULL CHECK (initial_balance_minor >= 0),
  -- never negative, under any concurrency: redemption is a guarded UPDATE and this check backs it
  balance_minor bigint NOT NULL CHECK (balance_minor >= 0),
  expires_at timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  customer_id uuid,
  recipient_email text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, store_id, code)
);
SELECT enable_tenant_rls('gift_cards');
CREATE TRIGGER gift_cards_touch BEFORE UPDATE ON gift_cards FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Append-only ledger of a gift card's balance: issue, redeem, refund, adjust.
CREATE TABLE gift_card_transactions (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  gift_card_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('ISSUE', 'REDEEM', 'REFUND', 'ADJUST')),
  amount_minor bigint NOT NULL,
  balance_after_minor bigint NOT NULL CHECK (balance_after_minor >= 0),
  order_id uuid,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, gift_card_id) REFERENCES gift_cards (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX gift_card_transactions_card ON gift_card_transactions (tenant_id, gift_card_id, created_at);
SELECT enable_tenant_rls('gift_card_transactions');
