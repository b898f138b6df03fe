-- Orders, their items and payments. orderNumber is unique and gap-free sequential per store.

CREATE TABLE store_order_counters (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  last_number bigint NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (tenant_id, store_id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('store_order_counters');

CREATE TABLE orders (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  order_number text NOT NULL,
  order_seq bigint NOT NULL,
  customer_id uuid,
  customer_email text,
  customer_name text,
  status text NOT NULL DEFAULT 'PENDING'
    CHECK (status IN ('PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELED', 'RETURNED')),
  payment_status text NOT NULL DEFAULT 'PENDING'
    CHECK (payment_status IN ('PENDING', 'PAID', 'PARTIALLY_PAID', 'REFUNDED', 'FAILED')),
  fulfillment_status text NOT NULL DEFAULT 'UNFULFILLED'
    CHECK (fulfillment_status IN ('UNFULFILLED', 'PARTIALLY_FULFILLED', 'FULFILLED')),
  shipping_address jsonb,
  billing_address jsonb,
  shipping_method text,
  shipping_method_id uuid,
  currency char(3) NOT NULL,
  subtotal_minor bigint NOT NULL CHECK (subtotal_minor >= 0),
  discount_minor bigint NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
  shipping_minor bigint NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0),
  tax_minor bigint NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
  total_minor bigint NOT NULL CHECK (total_minor >= 0),
  coupon_codes text[] NOT NULL DEFAULT '{}',
  notes text,
  customer_notes text,
  internal_notes text,
  payment_details jsonb NOT NULL DEFAULT '{}',
  fulfillments jsonb NOT NULL DEFAULT '[]',
  refunds jsonb NOT NULL DEFAULT '[]',
  cart_id uuid,
  source text NOT NULL DEFAULT 'CHECKOUT' CHECK (source IN ('CHECKOUT', 'MANUAL', 'SUBSCRIPTION')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, store_id, order_number),
  UNIQUE (tenant_id, store_id, order_seq),
  -- a cart turns into at most one order, whatever the concurrency
  UNIQUE (tenant_id, cart_id)
);
CREATE INDEX orders_store_created ON orders (tenant_id, store_id, created_at DESC);
CREATE INDEX orders_customer ON orders (tenant_id, customer_id) WHERE customer_id IS NOT NULL;
SELECT enable_tenant_rls('orders');
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE order_items (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL,
  listing_id uuid,
  product_id uuid,
  variant_id uuid,
  sku text,
  title text NOT NULL,
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  quantity int NOT NULL CHECK (quantity > 0),
  subtotal_minor bigint NOT NULL CHECK (subtotal_minor >= 0),
  discount_minor bigint NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
  tax_minor bigint NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
  total_minor bigint NOT NULL CHECK (total_minor >= 0),
  tax_category text,
  quantity_fulfilled int NOT NULL DEFAULT 0,
  quantity_refunded int NOT NULL DEFAULT 0,
  quantity_returned int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE,
  CHECK (quantity_fulfilled BETWEEN 0 AND quantity),
  CHECK (quantity_refunded BETWEEN 0 AND quantity),
  CHECK (quantity_returned BETWEEN 0 AND quantity)
);
CREATE INDEX order_items_order ON order_items (tenant_id, order_id);
SELECT enable_tenant_rls('order_items');

CREATE TABLE payments (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL,
  payment_method_id uuid,
  gift_card_id uuid,
  provider text NOT NULL CHECK (provider IN ('manual', 'test', 'stripe', 'gift_card')),
  status text NOT NULL CHECK (status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORIZED', 'CAPTURED',
    'FAILED', 'VOIDED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
  currency char(3) NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  refunded_minor bigint NOT NULL DEFAULT 0,
  gateway_reference text,
  -- display data only (brand, last4, expiry, next action): never a card number or CVV
  details jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id) ON DELETE CASCADE,
  CHECK (refunded_minor BETWEEN 0 AND amount_minor)
);
CREATE INDEX payments_order ON payments (tenant_id, order_id);
SELECT enable_tenant_rls('payments');
CREATE TRIGGER payments_touch BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Saved payment methods: gateway tokens and display data only (brand, last 4, expiry).
CREATE TABLE saved_payment_methods (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  payment_method_id uuid NOT NULL,
  provider text NOT NULL,
  gateway_token text NOT NULL,
  brand text,
  last4 char(4) CHECK (last4 ~ '^[0-9]{4}$'),
  exp_month int CHECK (exp_month BETWEEN 1 AND 12),
  exp_year int,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX saved_payment_methods_customer ON saved_payment_methods (tenant_id, customer_id);
SELECT enable_tenant_rls('saved_payment_methods');
