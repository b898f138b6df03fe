-- The seam for an external (standalone) Ventory: a signing secret per tenant for stock webhooks,
-- and the delivery ids already accepted (replay protection).
CREATE TABLE inventory_integrations (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  secret text NOT NULL CHECK (length(secret) >= 32),
  last_sync_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id)
);
SELECT enable_tenant_rls('inventory_integrations');
CREATE TRIGGER inventory_integrations_touch BEFORE UPDATE ON inventory_integrations
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE inventory_webhook_deliveries (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  delivery_id text NOT NULL CHECK (length(delivery_id) BETWEEN 1 AND 200),
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, delivery_id)
);
CREATE INDEX inventory_webhook_deliveries_age ON inventory_webhook_deliveries (received_at);
SELECT enable_tenant_rls('inventory_webhook_deliveries');
