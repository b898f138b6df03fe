-- Catalog: categories, product listings (per store, over the tenant's inventory products),
-- collections, CMS pages and blog posts, reviews, search log, recently viewed and wish lists.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE categories (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  description text,
  parent_id uuid,
  image text,
  is_visible boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  meta_title text,
  meta_description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, store_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  -- A parent is in the same store; deleting it lifts its children to the top level.
  FOREIGN KEY (tenant_id, store_id, parent_id) REFERENCES categories (tenant_id, store_id, id)
    ON DELETE SET NULL (parent_id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX categories_slug ON categories (tenant_id, store_id, slug);
SELECT enable_tenant_rls('categories');
CREATE TRIGGER categories_touch BEFORE UPDATE ON categories FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE product_listings (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  product_id uuid NOT NULL, -- an inventory product (other module: no foreign key)
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  is_visible boolean NOT NULL DEFAULT true,
  is_promoted boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 0,
  custom_title text,
  custom_description text,
  custom_images jsonb NOT NULL DEFAULT '[]',
  meta_title text,
  meta_description text,
  price_markup numeric(10, 4) NOT NULL DEFAULT 0 CHECK (price_markup > -100),
  price_override_minor bigint CHECK (price_override_minor >= 0),
  sale_price_minor bigint CHECK (sale_price_minor >= 0),
  sale_starts_at timestamptz,
  sale_ends_at timestamptz,
  tax_category text,
  category_ids uuid[] NOT NULL DEFAULT '{}',
  tags text[] NOT NULL DEFAULT '{}',
  attributes jsonb NOT NULL DEFAULT '{}',
  -- Copied from the inventory product on every listing write and inventory change, so that the
  -- storefront can search, filter and sort in SQL. Prices shown are recomputed from inventory.
  title text NOT NULL,
  description text,
  product_type text NOT NULL DEFAULT 'PHYSICAL',
  base_price_minor bigint NOT NULL DEFAULT 0 CHECK (base_price_minor >= 0),
  -- The regular price: priceOverride, else the inventory price x (1 + priceMarkup/100), half-up.
  price_minor bigint GENERATED ALWAYS AS (
    coalesce(price_override_minor, round(base_price_minor * (100 + price_markup) / 100)::bigint)
  ) STORED,
  in_stock boolean NOT NULL DEFAULT true,
  option_values text[] NOT NULL DEFAULT '{}',
  images jsonb NOT NULL DEFAULT '[]',
  rating_avg numeric(3, 2) NOT NULL DEFAULT 0,
  rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
  sales_count integer NOT NULL DEFAULT 0 CHECK (sales_count >= 0),
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, store_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  CHECK (sale_starts_at IS NULL OR sale_ends_at IS NULL OR sale_ends_at > sale_starts_at)
);
CREATE UNIQUE INDEX product_listings_slug ON product_listings (tenant_id, store_id, slug);
CREATE INDEX product_listings_store_order ON product_listings (tenant_id, store_id, sort_order, created_at);
CREATE INDEX product_listings_store_price ON product_listings (tenant_id, store_id, price_minor);
CREATE INDEX product_listings_product ON product_listings (tenant_id, product_id);
CREATE INDEX product_listings_categories ON product_listings USING gin (category_ids);
CREATE INDEX product_listings_search ON product_listings USING gin (search_vector);
CREATE INDEX product_listings_title_trgm ON product_listings USING gin (lower(title) gin_trgm_ops);
SELECT enable_tenant_rls('product_listings');
CREATE TRIGGER product_listings_touch BEFORE UPDATE ON product_listings
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Weighted full-text document: title (A) > tags (B) > description (C).
CREATE FUNCTION product_listings_search_vector() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(array_to_string(NEW.tags, ' '), '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.description, '')), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER product_listings_search BEFORE INSERT OR UPDATE OF title, tags, description ON product_listings
  FOR EACH ROW EXECUTE FUNCTION product_listings_search_vector();

CREATE TABLE collections (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  description text,
  kind text NOT NULL DEFAULT 'MANUAL' CHECK (kind IN ('MANUAL', 'RULE')),
  rules jsonb NOT NULL DEFAULT '[]',
  match text NOT NULL DEFAULT 'ALL' CHECK (match IN ('ALL', 'ANY')),
  listing_ids uuid[] NOT NULL DEFAULT '{}',
  is_visible boolean NOT NULL DEFAULT true,
  is_featured boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX collections_slug ON collections (tenant_id, store_id, slug);
SELECT enable_tenant_rls('collections');
CREATE TRIGGER collections_touch BEFORE UPDATE ON collections FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- StorePage (kind PAGE) and blog posts (kind POST) share one table and one set of rules.
CREATE TABLE store_pages (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  kind text NOT NULL DEFAULT 'PAGE' CHECK (kind IN ('PAGE', 'POST')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  content text NOT NULL DEFAULT '',
  content_format text NOT NULL DEFAULT 'HTML' CHECK (content_format IN ('HTML', 'MARKDOWN')),
  content_html text NOT NULL DEFAULT '', -- sanitized rendering of content
  excerpt text,
  author text,
  cover_image text,
  tags text[] NOT NULL DEFAULT '{}',
  meta_title text,
  meta_description text,
  is_published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX store_pages_slug ON store_pages (tenant_id, store_id, kind, slug);
CREATE INDEX store_pages_published ON store_pages (tenant_id, store_id, kind, published_at DESC);
SELECT enable_tenant_rls('store_pages');
CREATE TRIGGER store_pages_touch BEFORE UPDATE ON store_pages FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE product_reviews (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  listing_id uuid NOT NULL,
  product_id uuid NOT NULL,
  customer_id uuid,
  customer_name text NOT NULL CHECK (length(customer_name) BETWEEN 1 AND 100),
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title text,
  content text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  is_verified_purchase boolean NOT NULL DEFAULT false,
  helpful_count integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
  report_count integer NOT NULL DEFAULT 0 CHECK (report_count >= 0),
  response text,
  response_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id, listing_id) REFERENCES product_listings (tenant_id, store_id, id)
    ON DELETE CASCADE
);
CREATE INDEX product_reviews_listing ON product_reviews (tenant_id, listing_id, status, created_at DESC);
CREATE INDEX product_reviews_store ON product_reviews (tenant_id, store_id, status, created_at DESC);
SELECT enable_tenant_rls('product_reviews');
CREATE TRIGGER product_reviews_touch BEFORE UPDATE ON product_reviews
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One helpful vote and one report per voter (customer or anonymous session) and review.
CREATE TABLE review_votes (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  review_id uuid NOT NULL,
  voter text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('HELPFUL', 'REPORT')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, review_id, voter, kind),
  FOREIGN KEY (tenant_id, review_id) REFERENCES product_reviews (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('review_votes');

CREATE TABLE search_queries (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  store_id uuid NOT NULL,
  query text NOT NULL,
  result_count integer NOT NULL CHECK (result_count >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX search_queries_store ON search_queries (tenant_id, store_id, created_at DESC);
SELECT enable_tenant_rls('search_queries');

-- viewer / owner: 'c:<customerId>' for a signed-in shopper, 's:<sessionId>' for an anonymous one.
CREATE TABLE recently_viewed (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  viewer text NOT NULL,
  listing_id uuid NOT NULL,
  viewed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, viewer, listing_id),
  FOREIGN KEY (tenant_id, store_id, listing_id) REFERENCES product_listings (tenant_id, store_id, id)
    ON DELETE CASCADE
);
CREATE INDEX recently_viewed_recent ON recently_viewed (tenant_id, store_id, viewer, viewed_at DESC);
SELECT enable_tenant_rls('recently_viewed');

CREATE TABLE wishlist_items (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  owner text NOT NULL,
  listing_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, owner, listing_id),
  FOREIGN KEY (tenant_id, store_id, listing_id) REFERENCES product_listings (tenant_id, store_id, id)
    ON DELETE CASCADE
);
SELECT enable_tenant_rls('wishlist_items');
