-- Returns and exchanges: a shopper (or staff) asks, staff approve, goods are received and each
-- line restocked or written off, then the money goes back or an exchange order is placed.

CREATE TABLE returns (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  order_id uuid NOT NULL,
  number text NOT NULL,
  kind text NOT NULL DEFAULT 'RETURN' CHECK (kind IN ('RETURN', 'EXCHANGE')),
  status text NOT NULL DEFAULT 'REQUESTED'
    CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED', 'EXCHANGED', 'CANCELED')),
  reason text,
  customer_note text,
  staff_note text,
  requested_by text NOT NULL CHECK (requested_by IN ('CUSTOMER', 'STAFF')),
  refund_id uuid,
  exchange_order_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, store_id, number),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX returns_order ON returns (tenant_id, order_id);
SELECT enable_tenant_rls('returns');
CREATE TRIGGER returns_touch BEFORE UPDATE ON returns FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE return_items (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  return_id uuid NOT NULL,
  order_item_id uuid NOT NULL,
  variant_id uuid,
  title text NOT NULL,
  quantity int NOT NULL CHECK (quantity > 0),
  reason text,
  quantity_restocked int NOT NULL DEFAULT 0,
  quantity_written_off int NOT NULL DEFAULT 0,
  -- what the shopper wants instead (exchanges): another variant of the same product, or the same
  exchange_variant_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, return_id, order_item_id),
  FOREIGN KEY (tenant_id, return_id) REFERENCES returns (tenant_id, id) ON DELETE CASCADE,
  CHECK (quantity_restocked >= 0 AND quantity_written_off >= 0 AND quantity_restocked + quantity_written_off <= quantity)
);
SELECT enable_tenant_rls('return_items');
