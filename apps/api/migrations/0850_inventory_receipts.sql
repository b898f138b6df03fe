-- Goods received from a supplier get a ledger type of their own (RECEIPT, with the purchase order
-- or delivery note as the reference), apart from corrections (ADJUSTMENT).
ALTER TABLE inventory_transactions DROP CONSTRAINT inventory_transactions_type_check;
ALTER TABLE inventory_transactions ADD CONSTRAINT inventory_transactions_type_check CHECK (type IN (
  'ADJUSTMENT', 'RECEIPT', 'RESERVE', 'RELEASE', 'EXPIRE', 'ALLOCATE', 'DEALLOCATE', 'FULFIL', 'RESTOCK',
  'TRANSFER_OUT', 'TRANSFER_IN', 'SYNC'));
