-- Checkout is a saga: card payments are only authorised inside the order's transaction and
-- captured once it has committed. `capture_on_commit` marks an authorisation still waiting for
-- that capture; the capture sweep finishes the ones whose process died in between.
ALTER TABLE payments ADD COLUMN capture_on_commit boolean NOT NULL DEFAULT false;
CREATE INDEX payments_capture_pending ON payments (created_at) WHERE capture_on_commit;
