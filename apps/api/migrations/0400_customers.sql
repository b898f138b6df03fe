-- Customers of a store: profiles, shopper credentials, address book and per-order facts that the
-- order counters (orderCount, totalSpent, lastOrderDate) are derived from.

CREATE TABLE customers (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  user_id uuid,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  first_name text,
  last_name text,
  phone_number text,
  default_address_id uuid,
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE')),
  marketing_consent boolean NOT NULL DEFAULT false,
  order_count integer NOT NULL DEFAULT 0 CHECK (order_count >= 0),
  total_spent_minor bigint NOT NULL DEFAULT 0 CHECK (total_spent_minor >= 0),
  last_order_date timestamptz,
  notes text,
  tags text[] NOT NULL DEFAULT '{}',
  segment text,
  custom_attributes jsonb NOT NULL DEFAULT '{}',
  erased_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
-- One customer per email in a store (emails are stored lower-case, checked above).
CREATE UNIQUE INDEX customers_store_email ON customers (tenant_id, store_id, email);
CREATE INDEX customers_store_created ON customers (tenant_id, store_id, created_at);
SELECT enable_tenant_rls('customers');
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Shopper credentials apart from the profile, so that no profile query can leak a hash.
CREATE TABLE customer_credentials (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  customer_id uuid NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, customer_id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('customer_credentials');
CREATE TRIGGER customer_credentials_touch BEFORE UPDATE ON customer_credentials
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE customer_addresses (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  line1 text NOT NULL,
  line2 text,
  city text NOT NULL,
  region text,
  postal_code text NOT NULL,
  country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  phone text,
  -- clock_timestamp: addresses added in one transaction keep the order they were added in.
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, customer_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_addresses_customer ON customer_addresses (tenant_id, customer_id);
SELECT enable_tenant_rls('customer_addresses');
CREATE TRIGGER customer_addresses_touch BEFORE UPDATE ON customer_addresses
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The default address must be one of the customer's own; deleting it clears only that column.
ALTER TABLE customers ADD CONSTRAINT customers_default_address_fk
  FOREIGN KEY (tenant_id, id, default_address_id) REFERENCES customer_addresses (tenant_id, customer_id, id)
  ON DELETE SET NULL (default_address_id) DEFERRABLE INITIALLY DEFERRED;

-- One row per order of a customer, written by order events (placed, refunded, canceled). The
-- counters on `customers` are recomputed from these rows in the same statement, so replaying an
-- event changes nothing and the counters are exact by construction.
CREATE TABLE customer_order_facts (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  customer_id uuid NOT NULL,
  order_id uuid NOT NULL,
  total_minor bigint NOT NULL CHECK (total_minor >= 0),
  refunded_minor bigint NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0 AND refunded_minor <= total_minor),
  canceled boolean NOT NULL DEFAULT false,
  placed_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, order_id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_order_facts_customer ON customer_order_facts (tenant_id, customer_id);
SELECT enable_tenant_rls('customer_order_facts');
