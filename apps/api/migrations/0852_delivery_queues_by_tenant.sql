-- The delivery queues are claimed tenant by tenant (platform/jobs/fair-claim.ts): each tenant's due
-- messages in the order they fell due.
CREATE INDEX email_messages_tenant_due ON email_messages (tenant_id, next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX webhook_deliveries_tenant_due ON webhook_deliveries (tenant_id, next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX push_messages_tenant_due ON push_messages (tenant_id, next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
