-- Wakes the outbox relay when events are written: NOTIFY is delivered at commit (once per
-- transaction for an identical payload), so the relay drains within milliseconds instead of polling.
CREATE FUNCTION notify_outbox() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN PERFORM pg_notify('ventory_outbox', ''); RETURN NULL; END $$;
CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events
  FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();
