-- Weights arrive as decimals from merchants' tools ("weight": 0.25): keep grams, allow fractions.
ALTER TABLE products ALTER COLUMN weight_grams TYPE numeric(12, 3);
ALTER TABLE product_variants ALTER COLUMN weight_grams TYPE numeric(12, 3);
