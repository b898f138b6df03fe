-- Outbound side of the external inventory seam: where to push our movements, and the safety buffer
-- kept back from sale while that system cannot be reached (degraded_since is set).
ALTER TABLE inventory_integrations
  ADD COLUMN outbound_url text CHECK (outbound_url ~ '^https?://'),
  ADD COLUMN safety_buffer integer NOT NULL DEFAULT 0 CHECK (safety_buffer BETWEEN 0 AND 1000000),
  ADD COLUMN degraded_since timestamptz,
  ADD COLUMN last_push_at timestamptz;
