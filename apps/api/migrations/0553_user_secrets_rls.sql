-- Emailed tokens and recovery codes are read only by the platform path (the owner role, before a
-- tenant is known, like `users` at login), and the app role has no grant on them. Row-level
-- security is still enabled with the tenant policy, as on `users`, so that a future grant cannot
-- cross tenants; it is not forced, because the owner must find a token by its hash.
ALTER TABLE user_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_tokens
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
ALTER TABLE user_recovery_codes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_recovery_codes
  USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
