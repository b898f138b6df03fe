-- Carts and their lines. Each line holds stock through an inventory reservation (reference = cart id).

CREATE TABLE carts (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  customer_id uuid,
  session_id text,
  email text,
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ABANDONED', 'CONVERTED')),
  coupon_codes text[] NOT NULL DEFAULT '{}',
  notes text,
  shipping_address jsonb,
  billing_address jsonb,
  shipping_method_id uuid,
  payment_method_id uuid,
  currency char(3) NOT NULL,
  subtotal_minor bigint NOT NULL DEFAULT 0,
  discount_minor bigint NOT NULL DEFAULT 0,
  shipping_minor bigint NOT NULL DEFAULT 0,
  tax_minor bigint NOT NULL DEFAULT 0,
  total_minor bigint NOT NULL DEFAULT 0,
  order_id uuid,
  recovery_token text,
  recovery_email_sent_at timestamptz,
  recovered_at timestamptz,
  abandoned_at timestamptz,
  last_activity_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  CHECK (status <> 'CONVERTED' OR order_id IS NOT NULL)
);
CREATE INDEX carts_idle ON carts (last_activity_at) WHERE status = 'ACTIVE';
CREATE INDEX carts_customer ON carts (tenant_id, store_id, customer_id) WHERE customer_id IS NOT NULL;
SELECT enable_tenant_rls('carts');
CREATE TRIGGER carts_touch BEFORE UPDATE ON carts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE cart_items (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  cart_id uuid NOT NULL,
  listing_id uuid NOT NULL,
  product_id uuid NOT NULL,
  variant_id uuid NOT NULL,
  title text NOT NULL,
  sku text,
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  quantity int NOT NULL CHECK (quantity > 0),
  saved_for_later boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, cart_id) REFERENCES carts (tenant_id, id) ON DELETE CASCADE,
  UNIQUE (tenant_id, cart_id, variant_id, saved_for_later)
);
CREATE INDEX cart_items_cart ON cart_items (tenant_id, cart_id);
SELECT enable_tenant_rls('cart_items');
