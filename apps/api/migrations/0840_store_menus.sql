-- The storefront's header and footer menus, edited by the merchant (admin: Content → Navigation).
-- One row per store and menu; `items` is the whole ordered list (labels, URLs or links to a page,
-- post, category, collection or product by slug, one level of children). The API validates the
-- shape and the URLs; the CHECKs are the backstop. No row: the storefront shows its default links.
CREATE TABLE store_menus (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  handle text NOT NULL CHECK (handle IN ('header', 'footer')),
  items jsonb NOT NULL DEFAULT '[]'
    CHECK (jsonb_typeof(items) = 'array' AND octet_length(items::text) <= 65536),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, handle),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_rls('store_menus');
CREATE TRIGGER store_menus_touch BEFORE UPDATE ON store_menus FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
