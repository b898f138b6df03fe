-- The outbox relay claims each tenant's oldest events in turn (a burst of one store does not hold
-- back another's), so it walks the unpublished events of one tenant in order.
CREATE INDEX outbox_events_tenant_unpublished ON outbox_events (tenant_id, seq) WHERE published_at IS NULL;
