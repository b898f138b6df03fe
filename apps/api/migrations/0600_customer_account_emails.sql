-- Shopper password reset and email verification: single-use, expiring links kept as hashes.
ALTER TABLE customers ADD COLUMN email_verified_at timestamptz;

CREATE TABLE customer_tokens (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  token_hash text NOT NULL,
  customer_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFY')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_tokens_customer ON customer_tokens (tenant_id, customer_id, purpose, created_at DESC);
SELECT enable_tenant_rls('customer_tokens');
