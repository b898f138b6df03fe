-- Whether an order was created for a known customer (a signed-in shopper, or staff for a customer).
-- A guest order is linked to its email's customer profile afterwards (for the counters), and must
-- stay reachable by its id on the guest's confirmation page; an order placed by a customer needs
-- their token. Existing orders cannot tell, so they count as guest orders (reachable by id as before).
ALTER TABLE orders ADD COLUMN placed_by_customer boolean NOT NULL DEFAULT false;
