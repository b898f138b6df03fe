-- Idempotency-Key records: the first response to a key is kept and replayed for repeats.
CREATE TABLE idempotency_keys (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  scope text NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
  response_status int,
  response_body jsonb,
  response_headers jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, scope, key)
);
SELECT enable_tenant_rls('idempotency_keys');
