-- Coupons' table-level CHECKs got numbered names (coupons_check1, _check2); name them for what they
-- guard, so a violation can be reported at its field (discountValue, expiresAt).
ALTER TABLE coupons RENAME CONSTRAINT coupons_check1 TO coupons_percentage_at_most_100;
ALTER TABLE coupons RENAME CONSTRAINT coupons_check2 TO coupons_starts_before_expiry;
