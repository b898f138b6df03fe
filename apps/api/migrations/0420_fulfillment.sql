-- Fulfilment: shipments (packages) of an order through queue → pick → pack (+QC) → label → ship →
-- deliver, their items, bin assignments for pick lists, carrier tracking events, refunds, and
-- the order timeline. Orders, items and payments belong to the checkout modules (plain uuids).

CREATE TABLE fulfillments (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  order_id uuid NOT NULL,
  number int NOT NULL CHECK (number > 0),
  location_id uuid,
  status text NOT NULL DEFAULT 'QUEUED'
    CHECK (status IN ('QUEUED', 'PICKING', 'PICKED', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELED')),
  requires_qc boolean NOT NULL DEFAULT false,
  qc_status text CHECK (qc_status IN ('PASSED', 'FAILED')),
  qc_notes text,
  weight_grams int CHECK (weight_grams >= 0),
  carrier text,
  service text,
  tracking_number text,
  tracking_url text,
  label_pdf bytea,
  picked_at timestamptz,
  packed_at timestamptz,
  shipped_at timestamptz,
  delivered_at timestamptz,
  canceled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, order_id, number),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  -- a shipped package always says how it went
  CHECK (status NOT IN ('SHIPPED', 'DELIVERED') OR shipped_at IS NOT NULL)
);
CREATE UNIQUE INDEX fulfillments_tracking ON fulfillments (tenant_id, carrier, tracking_number)
  WHERE tracking_number IS NOT NULL;
CREATE INDEX fulfillments_order ON fulfillments (tenant_id, order_id);
CREATE INDEX fulfillments_location_open ON fulfillments (tenant_id, location_id, created_at)
  WHERE status IN ('QUEUED', 'PICKING', 'PICKED', 'PACKED');
SELECT enable_tenant_rls('fulfillments');
CREATE TRIGGER fulfillments_touch BEFORE UPDATE ON fulfillments FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE fulfillment_items (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  fulfillment_id uuid NOT NULL,
  order_item_id uuid NOT NULL,
  variant_id uuid,
  sku text,
  title text NOT NULL,
  quantity int NOT NULL CHECK (quantity > 0),
  quantity_picked int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, fulfillment_id, order_item_id),
  FOREIGN KEY (tenant_id, fulfillment_id) REFERENCES fulfillments (tenant_id, id) ON DELETE CASCADE,
  CHECK (quantity_picked BETWEEN 0 AND quantity)
);
CREATE INDEX fulfillment_items_order_item ON fulfillment_items (tenant_id, order_item_id);
SELECT enable_tenant_rls('fulfillment_items');

-- Where a variant sits in a location (pick face / bin), for pick lists in walking order.
CREATE TABLE bin_assignments (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  location_id uuid NOT NULL,
  variant_id uuid NOT NULL,
  bin text NOT NULL CHECK (length(bin) BETWEEN 1 AND 60),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, location_id, variant_id)
);
SELECT enable_tenant_rls('bin_assignments');

CREATE TABLE shipment_events (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  fulfillment_id uuid NOT NULL,
  status text NOT NULL,
  description text NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, fulfillment_id) REFERENCES fulfillments (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX shipment_events_fulfillment ON shipment_events (tenant_id, fulfillment_id, occurred_at);
SELECT enable_tenant_rls('shipment_events');

-- Money given back on an order, and how it was split over the order's payments.
CREATE TABLE refunds (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  order_id uuid NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  currency char(3) NOT NULL,
  reason text,
  items jsonb NOT NULL DEFAULT '[]',
  payments jsonb NOT NULL DEFAULT '[]',
  kind text NOT NULL DEFAULT 'REFUND' CHECK (kind IN ('REFUND', 'CANCELLATION', 'RETURN')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX refunds_order ON refunds (tenant_id, order_id);
SELECT enable_tenant_rls('refunds');

-- Everything that happened to an order, with who did it and when.
CREATE TABLE order_timeline (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL,
  type text NOT NULL,
  message text NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('STAFF', 'CUSTOMER', 'SYSTEM')),
  actor_id uuid,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX order_timeline_order ON order_timeline (tenant_id, order_id, created_at);
SELECT enable_tenant_rls('order_timeline');

INSERT INTO event_consumers (consumer, topic_pattern) VALUES ('fulfillment', 'order.placed');
