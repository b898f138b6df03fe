-- Gift cards sold as products: a card issued for a paid order line remembers the order, the line
-- and which unit of the line it is. The unique index makes issuing idempotent: a replayed order
-- event can never issue a second card for the same unit.
ALTER TABLE gift_cards
  ADD COLUMN order_id uuid,
  ADD COLUMN order_item_id uuid,
  ADD COLUMN unit_index int CHECK (unit_index >= 0),
  ADD CONSTRAINT gift_cards_sold_unit CHECK ((order_item_id IS NULL) = (unit_index IS NULL));
CREATE UNIQUE INDEX gift_cards_order_unit ON gift_cards (tenant_id, order_item_id, unit_index)
  WHERE order_item_id IS NOT NULL;
CREATE INDEX gift_cards_order ON gift_cards (tenant_id, order_id) WHERE order_id IS NOT NULL;
