-- The storefront's default ("featured") order, walked by an index so a page stops after its rows.
CREATE INDEX product_listings_featured ON product_listings
  (tenant_id, store_id, is_promoted DESC, sort_order, created_at DESC, id) WHERE is_visible;
CREATE INDEX product_listings_newest ON product_listings (tenant_id, store_id, created_at DESC, id) WHERE is_visible;
