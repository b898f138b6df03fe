-- Staff access: per-store scope on users, invitations, API keys and the audit log.

-- NULL: every store of the tenant; otherwise only these (checked at the route edge).
ALTER TABLE users ADD COLUMN store_ids uuid[];
GRANT SELECT (store_ids) ON users TO ventory_app;
-- Editing and removing staff happens in the tenant's transaction, under the users RLS policy.
GRANT UPDATE (role, store_ids, name) ON users TO ventory_app;
GRANT DELETE ON users TO ventory_app;

CREATE TABLE staff_invitations (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('ADMIN', 'STAFF')),
  store_ids uuid[],
  -- sha256 of the emailed token: a database dump reveals no usable link.
  token_hash text NOT NULL UNIQUE,
  invited_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX staff_invitations_open ON staff_invitations (tenant_id, created_at DESC)
  WHERE accepted_at IS NULL AND revoked_at IS NULL;
SELECT enable_tenant_rls('staff_invitations');

CREATE TABLE api_keys (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- The first characters of the key, shown in listings so that a key can be recognised.
  prefix text NOT NULL,
  -- sha256 of the whole key: 256 random bits need no slow hash, and lookup stays one index probe.
  secret_hash text NOT NULL UNIQUE,
  scopes text[] NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  -- A key acts for its creator: removing the user removes their keys.
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('api_keys');

-- Append-only record of every admin mutation, written in the mutation's own transaction.
CREATE TABLE audit_log (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  seq bigserial NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_type text NOT NULL CHECK (actor_type IN ('USER', 'API_KEY')),
  -- No foreign keys: the record outlives the user or key it names.
  user_id uuid NOT NULL,
  api_key_id uuid,
  action text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  store_id uuid,
  target_id text,
  status integer NOT NULL,
  ip text,
  user_agent text,
  request_id text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_recent ON audit_log (tenant_id, seq DESC);
SELECT enable_tenant_rls('audit_log');
REVOKE UPDATE, DELETE ON audit_log FROM ventory_app;
