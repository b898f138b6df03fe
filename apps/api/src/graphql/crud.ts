import { sql } from 'kysely';
import type { z } from 'zod';
import type { TenantTx } from '../platform/db/pool.ts';
import { notFound } from '../platform/errors.ts';
import type { AdminAuth, Permission } from '../platform/http/route.ts';
import type { GraphQLContext } from './context.ts';

/** What a store-scoped resource's service offers for writes (as REST's CRUD routes use it). */
export type WriteService<C, U> = {
  create(tx: TenantTx, storeId: string, input: C): Promise<unknown>;
  update(tx: TenantTx, storeId: string, id: string, input: U): Promise<unknown>;
  remove(tx: TenantTx, storeId: string, id: string): Promise<void>;
};

type StoreArgs = { storeId: string; id: string; input?: unknown };
type Resolver = (parent: unknown, args: StoreArgs, ctx: GraphQLContext) => Promise<unknown>;

/**
 * Runs an admin mutation on one store as REST does: the permission (403), the store within the
 * caller's stores and tenant (404), then `fn`; recorded in the audit log as `action`.
 */
export function inStore<T>(
  ctx: GraphQLContext,
  storeId: string,
  opts: { permission: Permission; action: string },
  fn: (tx: TenantTx, auth: AdminAuth) => Promise<T>,
): Promise<T> {
  return ctx.admin(
    async (tx, auth) => {
      const { rows } = await sql`select 1 from stores where id = ${storeId}`.execute(tx);
      if (rows.length === 0) throw notFound('Store');
      return fn(tx, auth);
    },
    { ...opts, storeId },
  );
}

/** `create<Name>(storeId, input)`, `update<Name>(storeId, id, input)`, `delete<Name>(storeId, id)`. */
export function crudMutationTypeDefs(name: string, type: string): string {
  return `
    create${name}(storeId: ID!, input: JSON!): ${type}!
    update${name}(storeId: ID!, id: ID!, input: JSON!): ${type}!
    delete${name}(storeId: ID!, id: ID!): Boolean!`;
}

/** Thin resolvers for those three: the REST body schemas validate `input`, the same service writes. */
export function crudMutations<C, U>(o: {
  name: string;
  permission: Permission;
  service: WriteService<C, U>;
  createBody: z.ZodType<C>;
  updateBody: z.ZodType<U>;
}): Record<string, Resolver> {
  const opts = (verb: string) => ({ permission: o.permission, action: `${verb}${o.name}` });
  return {
    [`create${o.name}`]: (_, a, ctx) =>
      inStore(ctx, a.storeId, opts('create'), (tx) =>
        o.service.create(tx, a.storeId, o.createBody.parse(a.input)),
      ),
    [`update${o.name}`]: (_, a, ctx) =>
      inStore(ctx, a.storeId, opts('update'), (tx) =>
        o.service.update(tx, a.storeId, a.id, o.updateBody.parse(a.input)),
      ),
    [`delete${o.name}`]: (_, a, ctx) =>
      inStore(ctx, a.storeId, opts('delete'), async (tx) => {
        await o.service.remove(tx, a.storeId, a.id);
        return true;
      }),
  };
}
