/**
 * What a merchant's user or API key may do. Routes declare the one permission they need
 * (`requirePermission` in the route definition); roles are named sets of these. Reading is open to
 * every member of the tenant (within their stores), except where a route declares a `*.read`.
 */
export const PERMISSIONS = [
  'orders.write',
  'orders.refund',
  'catalog.write',
  'inventory.write',
  'inventory.manage',
  'customers.write',
  'customers.privacy',
  'marketing.write',
  'analytics.read',
  'settings.store',
  'settings.payments',
  'settings.shipping',
  'settings.taxes',
  'settings.integrations',
  'stores.manage',
  'stores.purge',
  'staff.manage',
  'apikeys.manage',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Roles of a merchant's staff. */
export const ROLES = ['OWNER', 'ADMIN', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];

const everything: readonly Permission[] = PERMISSIONS;

/**
 * The preset roles. OWNER alone may purge a store (irreversible). STAFF run the shop floor
 * (orders, catalogue, stock, customers) but touch no money-moving or store-wide setting.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  OWNER: everything,
  ADMIN: everything.filter((p) => p !== 'stores.purge'),
  STAFF: ['orders.write', 'catalog.write', 'inventory.write', 'customers.write'],
};

export const isPermission = (value: string): value is Permission =>
  (PERMISSIONS as readonly string[]).includes(value);
