-- Automatic promotions: a coupon with is_automatic applies to every eligible cart without a code
-- (same engine: dates, minimum, products/categories, usage limits).
ALTER TABLE coupons ADD COLUMN is_automatic boolean NOT NULL DEFAULT false;
CREATE INDEX coupons_automatic ON coupons (tenant_id, store_id) WHERE is_automatic AND is_active;
