-- Expo push receipts: a ticket only says Expo took the message; its receipt, asked for about 15
-- minutes later, says whether Apple or Google delivered it (or that the app is gone). The ticket id
-- is kept, and `receipt_due_at` says when to ask (cleared once the receipt is in).
ALTER TABLE push_messages
  ADD COLUMN expo_ticket_id text,
  ADD COLUMN receipt_due_at timestamptz,
  ADD COLUMN receipt_status text CHECK (receipt_status IN ('ok', 'error', 'expired'));
CREATE INDEX push_messages_receipt_due ON push_messages (receipt_due_at) WHERE receipt_due_at IS NOT NULL;
