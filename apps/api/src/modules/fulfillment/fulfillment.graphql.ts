import type { GraphQLContext } from '../../graphql/context.ts';
import { inStore } from '../../graphql/crud-mutations.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { AdminAuth } from '../../platform/http/route.ts';
import type { Actor } from './flow-context.ts';
import type { FulfillmentService } from './fulfillment.service.ts';
import { CancelBody, FulfillBody, RefundBody } from './fulfillment.validators.ts';
import type { OrderActions } from './order-actions.service.ts';

const typeDefs = /* GraphQL */ `
  extend type Mutation {
    "Fulfil (ship) lines, or the whole order: input { items: [{ itemId, quantity }], trackingNumber, carrier, locationId }"
    fulfillOrder(storeId: ID!, id: ID!, input: JSON): Order!
    "Cancel: release stock, refund what was paid. input { reason }"
    cancelOrder(storeId: ID!, id: ID!, input: JSON): Order!
    "Refund by amount or by lines, to the original payments. input { amount, items, reason, restock }"
    refundOrder(storeId: ID!, id: ID!, input: JSON): Order!
  }
`;

type Args = { storeId: string; id: string; input?: unknown };
const staff = (auth: AdminAuth): Actor => ({ type: 'STAFF', id: auth.userId });

/** The order actions of the REST API (fulfil, cancel, refund), with the same permissions. */
export function fulfillmentGraphQL(s: {
  fulfillment: FulfillmentService;
  actions: OrderActions;
}): GraphQLModule {
  const act = <T>(
    ctx: GraphQLContext,
    a: Args,
    permission: 'orders.write' | 'orders.refund',
    action: string,
    fn: (tx: TenantTx, actor: Actor) => Promise<T>,
  ) => inStore(ctx, a.storeId, permission, action, (tx, auth) => fn(tx, staff(auth)));
  return {
    typeDefs,
    resolvers: {
      Mutation: {
        fulfillOrder: (_: unknown, a: Args, ctx: GraphQLContext) =>
          act(ctx, a, 'orders.write', 'fulfillOrder', (tx, actor) =>
            s.fulfillment.fulfillNow(tx, a.storeId, a.id, FulfillBody.parse(a.input ?? undefined), actor),
          ),
        cancelOrder: (_: unknown, a: Args, ctx: GraphQLContext) =>
          act(ctx, a, 'orders.write', 'cancelOrder', (tx, actor) =>
            s.actions.cancel(tx, a.storeId, a.id, CancelBody.parse(a.input ?? undefined), actor),
          ),
        refundOrder: (_: unknown, a: Args, ctx: GraphQLContext) =>
          act(ctx, a, 'orders.refund', 'refundOrder', (tx, actor) =>
            s.actions.refund(tx, a.storeId, a.id, RefundBody.parse(a.input ?? undefined), actor),
          ),
      },
    },
  };
}
