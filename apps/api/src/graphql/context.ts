import type { ApolloServerPlugin } from '@apollo/server';
import type { Db, TenantTx } from '../platform/db/pool.ts';
import { forbidden, notFound, unauthenticated } from '../platform/errors.ts';
import type {
  AdminAccess,
  AdminAuth,
  AdminClaim,
  Permission,
  ResolvedStore,
  ShopperAuth,
} from '../platform/http/route.ts';
import type { TenantWriteShare } from '../platform/http/tenant-write-share.ts';

/** Per-request GraphQL context: who is calling, and a way into their tenant's transaction. */
export type GraphQLContext = {
  auth: AdminClaim | AdminAuth | ShopperAuth | null;
  /** Set by `operationKindPlugin` once the operation is known. */
  mutation: boolean;
  /**
   * Runs `fn` in the admin caller's tenant (401 without a merchant credential), after the same
   * checks as a REST route: `permission` when given (403), and `storeId` within the caller's stores
   * (404). A mutation names its `action` and is recorded in the audit log.
   */
  admin<T>(
    fn: (tx: TenantTx, auth: AdminAuth) => Promise<T>,
    opts?: { permission?: Permission; storeId?: string; action?: string },
  ): Promise<T>;
  /**
   * Runs `fn` in the tenant of the store serving `domain` (404 for an unknown store). In a mutation
   * (a shopper's write) its statements get generic plans and it takes its turn in the tenant's
   * write share, as a storefront write over REST does.
   */
  storefront<T>(
    this: GraphQLContext,
    domain: string,
    fn: (tx: TenantTx, store: ResolvedStore) => Promise<T>,
  ): Promise<T>;
};

/** What the context needs from the platform, built once in server.ts (as the route runner's). */
export type GraphQLRuntime = {
  db: Db;
  access: AdminAccess;
  resolveStore(hostname: string): Promise<ResolvedStore>;
  writeShare?: TenantWriteShare;
};

export function buildContext(
  { db, access, resolveStore, writeShare }: GraphQLRuntime,
  auth: AdminClaim | AdminAuth | ShopperAuth | null,
  from: { ip: string | null; userAgent: string | null; requestId: string | null } = {
    ip: null,
    userAgent: null,
    requestId: null,
  },
): GraphQLContext {
  return {
    auth,
    mutation: false,
    admin(fn, opts = {}) {
      if (auth?.kind !== 'admin') throw unauthenticated('A merchant access token is required');
      writeShare?.seen(auth.tenantId);
      return db.withTenant(auth.tenantId, async (tx) => {
        const who = await access.admit(tx, auth);
        if (opts.permission && !who.permissions.has(opts.permission))
          throw forbidden(`This needs the ${opts.permission} permission`, opts.permission);
        if (opts.storeId && who.storeIds && !who.storeIds.includes(opts.storeId.toLowerCase()))
          throw notFound('Store');
        const result = await fn(tx, who);
        if (opts.action)
          await access.record(tx, who, {
            action: opts.action,
            method: 'GRAPHQL',
            path: '/graphql',
            storeId: opts.storeId ?? null,
            targetId: null,
            status: 200,
            ...from,
          });
        return result;
      });
    },
    async storefront(domain, fn) {
      const store = await resolveStore(domain);
      writeShare?.seen(store.tenantId);
      // `this`: Apollo runs each operation on a copy of the context, which the plugin marks.
      // Nothing is written after `fn` (no idempotency record, no audit): its last statement may commit.
      const run = () =>
        db.withTenant(store.tenantId, (tx) => fn(tx, store), {
          genericPlans: this.mutation,
          lastStatementCommits: true,
        });
      return writeShare && this.mutation ? writeShare.run(store.tenantId, run) : run();
    },
  };
}

/** Tells the context whether its operation is a mutation (see `GraphQLContext.storefront`). */
export const operationKindPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        contextValue.mutation = operation?.operation === 'mutation';
      },
    };
  },
};
