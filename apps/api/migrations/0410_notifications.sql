-- Notifications: branded per-store email templates, the email queue, merchant webhooks and an
-- event inbox. Business facts reach consumers through a trigger on outbox_events, so a consumer
-- sees exactly the events committed with the change (no cursor, no lost or doubled events).

CREATE TABLE notification_templates (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  template text NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  body text NOT NULL CHECK (length(body) <= 100000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, store_id, template),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('notification_templates');
CREATE TRIGGER notification_templates_touch BEFORE UPDATE ON notification_templates
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Rendered emails waiting for (or done with) delivery; written in the caller's transaction.
CREATE TABLE email_messages (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid,
  template text NOT NULL,
  category text NOT NULL CHECK (category IN ('TRANSACTIONAL', 'MARKETING')),
  to_email text NOT NULL,
  subject text NOT NULL,
  html text NOT NULL,
  text_body text NOT NULL,
  reference text,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'LOGGED', 'SKIPPED', 'FAILED')),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  sent_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX email_messages_due ON email_messages (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX email_messages_store ON email_messages (tenant_id, store_id, created_at DESC);
SELECT enable_tenant_rls('email_messages');

-- A merchant's webhook endpoint: store-scoped, or tenant-wide when store_id is NULL.
CREATE TABLE webhook_endpoints (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid,
  url text NOT NULL CHECK (url ~ '^https?://'),
  secret text NOT NULL,
  -- exact topics or prefixes ending in '*' ('order.*'); empty means every event
  events text[] NOT NULL DEFAULT '{}',
  description text,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('webhook_endpoints');
CREATE TRIGGER webhook_endpoints_touch BEFORE UPDATE ON webhook_endpoints
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE webhook_deliveries (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  endpoint_id uuid NOT NULL,
  event_id uuid NOT NULL,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_status_code int,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  delivered_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, endpoint_id, event_id),
  FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoints (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (tenant_id, endpoint_id, created_at DESC);
SELECT enable_tenant_rls('webhook_deliveries');

-- In-process consumers of business facts (platform configuration, not tenant data): which
-- consumer wants which topics (LIKE patterns).
CREATE TABLE event_consumers (
  consumer text NOT NULL,
  topic_pattern text NOT NULL,
  PRIMARY KEY (consumer, topic_pattern)
);
INSERT INTO event_consumers (consumer, topic_pattern) VALUES
  ('notifications', 'order.%'),
  ('notifications', 'return.%'),
  ('notifications', 'cart.abandoned'),
  ('notifications', 'inventory.stock.low'),
  ('customers', 'order.%');

CREATE TABLE event_inbox (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  seq bigint NOT NULL,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  done_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, consumer, event_id)
);
CREATE INDEX event_inbox_due ON event_inbox (next_attempt_at, seq) WHERE status = 'PENDING';
SELECT enable_tenant_rls('event_inbox');

-- Fans each committed business fact out to the webhook endpoints and consumers that want it, in
-- the transaction that wrote it.
CREATE FUNCTION outbox_fanout() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, topic, payload)
  SELECT NEW.tenant_id, e.id, NEW.id, NEW.topic, NEW.payload
  FROM webhook_endpoints e
  WHERE e.tenant_id = NEW.tenant_id
    AND e.is_active
    AND (e.store_id IS NULL OR e.store_id::text = NEW.payload ->> 'storeId')
    AND (cardinality(e.events) = 0 OR EXISTS (
      SELECT 1 FROM unnest(e.events) ev
      WHERE ev = NEW.topic OR (right(ev, 1) = '*' AND NEW.topic LIKE left(ev, -1) || '%')));
  INSERT INTO event_inbox (tenant_id, consumer, event_id, seq, topic, payload)
  SELECT DISTINCT NEW.tenant_id, c.consumer, NEW.id, NEW.seq, NEW.topic, NEW.payload
  FROM event_consumers c
  WHERE NEW.topic LIKE c.topic_pattern;
  RETURN NEW;
END
$$;
CREATE TRIGGER outbox_events_fanout AFTER INSERT ON outbox_events
  FOR EACH ROW EXECUTE FUNCTION outbox_fanout();
