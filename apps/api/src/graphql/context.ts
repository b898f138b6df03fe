import type { Db, TenantTx } from '../platform/db/pool.ts';
import { unauthenticated } from '../platform/errors.ts';
import type { AdminAuth, ResolvedStore, ShopperAuth } from '../platform/http/route.ts';

/** Per-request GraphQL context: who is calling, and a way into their tenant's transaction. */
export type GraphQLContext = {
  auth: AdminAuth | ShopperAuth | null;
  /** Runs `fn` in the admin caller's tenant (401 without a merchant token). */
  admin<T>(fn: (tx: TenantTx, auth: AdminAuth) => Promise<T>): Promise<T>;
  /** Runs `fn` in the tenant of the store serving `domain` (404 for an unknown store). */
  storefront<T>(domain: string, fn: (tx: TenantTx, store: ResolvedStore) => Promise<T>): Promise<T>;
};

export function buildContext(
  db: Db,
  auth: AdminAuth | ShopperAuth | null,
  resolveStore: (hostname: string) => Promise<ResolvedStore>,
): GraphQLContext {
  return {
    auth,
    admin(fn) {
      if (auth?.kind !== 'admin') throw unauthenticated('A merchant access token is required');
      return db.withTenant(auth.tenantId, (tx) => fn(tx, auth));
    },
    async storefront(domain, fn) {
      const store = await resolveStore(domain);
      return db.withTenant(store.tenantId, (tx) => fn(tx, store));
    },
  };
}
