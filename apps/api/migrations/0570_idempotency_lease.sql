-- A RUNNING Idempotency-Key is leased to the process working on it: the owner renews
-- `lease_expires_at` while it works (heartbeat), and a key whose owner died (kill -9, crash) is
-- taken over by the next retry once the lease has lapsed, instead of answering 409 for ever.
-- Rows left RUNNING before this migration have no lease: they count as lapsed.
ALTER TABLE idempotency_keys
  ADD COLUMN owner uuid,
  ADD COLUMN lease_expires_at timestamptz;
