-- Reconciliation reports: the stock rows recomputed from the ledger and the holds, with any drift.
CREATE TABLE inventory_reconciliations (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  checked_at timestamptz NOT NULL DEFAULT now(),
  rows_checked integer NOT NULL CHECK (rows_checked >= 0),
  drift jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX inventory_reconciliations_recent ON inventory_reconciliations (tenant_id, checked_at DESC);
SELECT enable_tenant_rls('inventory_reconciliations');
