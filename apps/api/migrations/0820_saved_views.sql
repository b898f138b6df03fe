-- Saved views of the admin's lists: a user's named filter set (the list's URL query, e.g.
-- {"paymentStatus":"PENDING"}) for one resource ('orders'), private or shared with the whole team.
-- Only its owner changes or deletes it; removing the user removes their views.
CREATE TABLE saved_views (
  tenant_id uuid NOT NULL DEFAULT app_tenant_id() REFERENCES tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  resource text NOT NULL CHECK (resource ~ '^[a-z][a-z-]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  -- A flat object of strings, small (the API validates keys and values; this is the backstop).
  filters jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(filters) = 'object' AND octet_length(filters::text) <= 4096),
  shared boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
-- One name per user and list, whatever the case: "Unpaid" and "unpaid" would be the same tab.
CREATE UNIQUE INDEX saved_views_owner_name ON saved_views (tenant_id, user_id, resource, lower(name));
-- The list of a resource's views: the caller's own and the team's shared ones.
CREATE INDEX saved_views_resource ON saved_views (tenant_id, resource, created_at);
SELECT enable_tenant_rls('saved_views');
