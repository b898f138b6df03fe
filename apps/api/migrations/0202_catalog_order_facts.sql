-- What the catalog learns from placed orders (fed by `order.placed`): best sellers, "bought
-- together" pairs and who bought what (the verified-purchase flag on reviews).

-- Orders already counted: delivery is at least once, counting is exactly once.
CREATE TABLE catalog_order_facts (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  order_id uuid NOT NULL, -- an order of the orders module (no foreign key across modules)
  store_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, order_id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('catalog_order_facts');

CREATE TABLE listing_copurchases (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  listing_id uuid NOT NULL,
  other_listing_id uuid NOT NULL,
  orders integer NOT NULL DEFAULT 0 CHECK (orders >= 0),
  PRIMARY KEY (tenant_id, listing_id, other_listing_id),
  CHECK (listing_id <> other_listing_id),
  FOREIGN KEY (tenant_id, store_id, listing_id) REFERENCES product_listings (tenant_id, store_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, store_id, other_listing_id) REFERENCES product_listings (tenant_id, store_id, id)
    ON DELETE CASCADE
);
SELECT enable_tenant_rls('listing_copurchases');

CREATE TABLE catalog_purchases (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  listing_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, store_id, customer_id, listing_id),
  FOREIGN KEY (tenant_id, store_id, listing_id) REFERENCES product_listings (tenant_id, store_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('catalog_purchases');
