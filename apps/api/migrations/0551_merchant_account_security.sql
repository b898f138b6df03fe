-- Merchant account security: email verification, password reset, TOTP two-factor.
-- Everything here is read and written on the login path only (the owner role): the app role gets
-- no grant on the new columns or tables.

ALTER TABLE users
  ADD COLUMN email_verified_at timestamptz,
  ADD COLUMN totp_secret text,
  ADD COLUMN totp_enabled_at timestamptz,
  -- The last TOTP time step accepted: a code is good once (no replay within its window).
  ADD COLUMN totp_last_step bigint,
  -- Sessions (access tokens) issued before this instant are refused: set by a password reset.
  ADD COLUMN sessions_valid_after timestamptz;
GRANT SELECT (email_verified_at, totp_enabled_at, sessions_valid_after) ON users TO ventory_app;

-- Single-use, expiring tokens emailed to a user; only their sha256 is kept.
CREATE TABLE user_tokens (
  token_hash text PRIMARY KEY,
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFY')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX user_tokens_user ON user_tokens (user_id, purpose, created_at DESC);
REVOKE ALL ON user_tokens FROM ventory_app;

CREATE TABLE user_recovery_codes (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
REVOKE ALL ON user_recovery_codes FROM ventory_app;
