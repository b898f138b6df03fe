import { sql } from 'kysely';
import type { z } from 'zod';
import type { TenantTx } from '../platform/db/pool.ts';
import { invalid, notFound } from '../platform/errors.ts';
import type { CrudService } from '../platform/http/crud-routes.ts';
import type { AdminAuth, Permission } from '../platform/http/route.ts';
import { setsNoField } from '../platform/http/schemas.ts';
import type { GraphQLContext } from './context.ts';
import type { GraphQLModule } from './schema.ts';

/** A store named by an admin mutation must be one of the caller's tenant (RLS hides the others). */
export async function assertStore(tx: TenantTx, storeId: string) {
  const { rows } = await sql`select 1 from stores where id = ${storeId}`.execute(tx);
  if (rows.length === 0) throw notFound('Store');
}

/**
 * Runs an admin mutation on one store: the permission, the caller's store scope and the store's
 * existence are checked as REST checks them, and the call is written to the audit log.
 */
export function inStore<T>(
  ctx: GraphQLContext,
  storeId: string,
  permission: Permission,
  action: string,
  fn: (tx: TenantTx, auth: AdminAuth) => Promise<T>,
) {
  return ctx.admin(
    async (tx, auth) => {
      await assertStore(tx, storeId);
      return fn(tx, auth);
    },
    { permission, storeId, action },
  );
}

type CrudMutationOptions<C, U> = {
  /** The GraphQL object type the service's DTO is, e.g. `TaxRate`. */
  type: string;
  createBody: z.ZodType<C>;
  updateBody: z.ZodType<U>;
  service: Pick<CrudService<C, U>, 'create' | 'update' | 'remove'>;
  permission: Permission;
};

type Args = { storeId: string; id: string; input: unknown };

/** Parses an update's input with its REST body schema; one that sets nothing is refused as in REST. */
export function parseUpdate<U>(schema: z.ZodType<U>, input: unknown): U {
  const body = schema.parse(input);
  if (setsNoField(body))
    throw invalid('The update is not valid', [
      { path: '(root)', message: 'sets no field: send at least one field to change' },
    ]);
  return body;
}

/**
 * `create<Type>`, `update<Type>` and `delete<Type>` over the same validators, service and permission
 * as the resource's REST routes (`crudRoutes`), so the two APIs cannot drift apart.
 */
export function crudMutations<C, U>(o: CrudMutationOptions<C, U>): GraphQLModule {
  const run = <T>(ctx: GraphQLContext, a: Args, verb: string, fn: (tx: TenantTx) => Promise<T>) =>
    inStore(ctx, a.storeId, o.permission, `${verb}${o.type}`, fn);
  return {
    typeDefs: /* GraphQL */ `
      extend type Mutation {
        create${o.type}(storeId: ID!, input: JSON!): ${o.type}!
        update${o.type}(storeId: ID!, id: ID!, input: JSON!): ${o.type}!
        delete${o.type}(storeId: ID!, id: ID!): Boolean!
      }
    `,
    resolvers: {
      Mutation: {
        [`create${o.type}`]: (_: unknown, a: Args, ctx: GraphQLContext) =>
          run(ctx, a, 'create', (tx) => o.service.create(tx, a.storeId, o.createBody.parse(a.input))),
        [`update${o.type}`]: (_: unknown, a: Args, ctx: GraphQLContext) =>
          run(ctx, a, 'update', (tx) =>
            o.service.update(tx, a.storeId, a.id, parseUpdate(o.updateBody, a.input)),
          ),
        [`delete${o.type}`]: (_: unknown, a: Args, ctx: GraphQLContext) =>
          run(ctx, a, 'delete', async (tx) => {
            await o.service.remove(tx, a.storeId, a.id);
            return true;
          }),
      },
    },
  };
}
