-- Old slugs of CMS pages and blog posts: when a page's slug changes, its old URL keeps working as a
-- permanent redirect to the page's current slug. A row points at the page (not at the new slug), so
-- renaming twice (a → b → c) sends both a and b to c, and deleting the page drops its redirects.
CREATE TABLE content_redirects (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id(),
  store_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('PAGE', 'POST')),
  old_slug text NOT NULL CHECK (old_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  page_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, kind, old_slug),
  FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, page_id) REFERENCES store_pages (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX content_redirects_page ON content_redirects (tenant_id, page_id);
SELECT enable_tenant_rls('content_redirects');
