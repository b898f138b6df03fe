-- A store's own domain (anything but a subdomain of PLATFORM_DOMAIN) routes only after its owner
-- proves control of it (DNS TXT record or HTTP token). Until then it is a claim here and has no
-- row in store_domains (the routing table). Pending claims are per tenant: several tenants may
-- claim one hostname, only the first to prove control gets it (store_domains' primary key).
CREATE TABLE domain_claims (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('PRIMARY', 'CUSTOM')),
  hostname text NOT NULL CHECK (hostname = lower(hostname)),
  token text NOT NULL,
  verified_at timestamptz,
  verified_by text CHECK (verified_by IN ('DNS', 'HTTP')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, kind),
  CHECK ((verified_at IS NULL) = (verified_by IS NULL)),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('domain_claims');

-- Custom domains set before verification existed were never proven: they stop routing and become
-- pending claims (the owner adds the TXT record and verifies). Each row is moved inside its own
-- tenant so that the row-level policies hold for the migrating role too.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tenant_id, store_id, hostname FROM store_domains WHERE kind = 'CUSTOM' LOOP
    PERFORM set_config('app.tenant_id', r.tenant_id::text, true);
    INSERT INTO domain_claims (tenant_id, store_id, kind, hostname, token)
      VALUES (r.tenant_id, r.store_id, 'CUSTOM', r.hostname, encode(gen_random_bytes(16), 'hex'));
    DELETE FROM store_domains WHERE hostname = r.hostname;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END
$$;
