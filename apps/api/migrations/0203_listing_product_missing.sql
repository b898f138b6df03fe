-- A listing whose inventory product was deleted cannot be sold: the storefront leaves it out
-- (the merchant still sees it, and can point it at another product or delete it).
ALTER TABLE product_listings ADD COLUMN product_missing boolean NOT NULL DEFAULT false;
