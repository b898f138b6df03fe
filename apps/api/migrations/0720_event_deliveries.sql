-- One event mechanism. Until now business facts reached consumers two ways: the outbox relay
-- (handlers declared in code, retried through pg-boss) and a branch of the outbox_fanout trigger
-- that copied them into event_inbox for consumers stored as rows (0410, 0420, 0440) and polled
-- by the notifications worker. From here every consumer is a subscription declared in code
-- (jobs.subscribe), delivered by the relay, and each delivery is logged per consumer below.

CREATE TABLE event_deliveries (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  event_id uuid NOT NULL,
  consumer text NOT NULL,
  topic text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  PRIMARY KEY (tenant_id, consumer, event_id)
);
CREATE INDEX event_deliveries_event ON event_deliveries (tenant_id, event_id);
CREATE INDEX event_deliveries_open ON event_deliveries (updated_at) WHERE status <> 'DONE';
SELECT enable_tenant_rls('event_deliveries');

-- The inbox's history, under the consumers' new names: what was done stays done (and is not run
-- again), one inbox consumer became several subscriptions. The reminder of cart.abandoned.reminder
-- is dropped: the cart job queues it itself (the inbox path sent it a second time).
INSERT INTO event_deliveries (tenant_id, event_id, consumer, topic, status, attempts, last_error, delivered_at)
SELECT i.tenant_id, i.event_id, m.consumer, i.topic, 'DONE', i.attempts, NULL, coalesce(i.done_at, now())
  FROM event_inbox i
  JOIN (VALUES ('fulfillment', 'order.placed', 'fulfillment'),
               ('notifications', 'order.placed', 'order-confirmation'),
               ('notifications', 'inventory.stock.low', 'low-stock-alert'),
               ('customers', 'order.%', 'customers'),
               ('customers', 'order.placed', 'paid-order'),
               ('customers', 'order.payment_status.changed', 'paid-order'))
       AS m (inbox_consumer, topic_pattern, consumer)
    ON m.inbox_consumer = i.consumer AND i.topic LIKE m.topic_pattern
 WHERE i.status = 'DONE'
ON CONFLICT DO NOTHING;

-- Events an inbox consumer had not finished go back to the relay, which delivers them to the
-- subscribers that have no DONE row above (the relay's own subscribers are idempotent).
UPDATE outbox_events o SET published_at = NULL
 WHERE o.published_at IS NOT NULL
   AND EXISTS (SELECT 1 FROM event_inbox i
                WHERE i.tenant_id = o.tenant_id AND i.event_id = o.id AND i.status <> 'DONE'
                  AND i.topic <> 'cart.abandoned.reminder');

-- The trigger keeps one branch: the merchant's webhook delivery log, written with the event.
CREATE OR REPLACE FUNCTION outbox_fanout() RETURNS trigger
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
  RETURN NEW;
END
$$;

DROP TABLE event_inbox;
DROP TABLE event_consumers;
