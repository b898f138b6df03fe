import type { GraphQLContext } from '../../graphql/context.ts';
import { inStore } from '../../graphql/crud.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import type { AdminAuth } from '../../platform/http/route.ts';
import type { Actor } from './flow-context.ts';
import type { FulfillmentService } from './fulfillment.service.ts';
import { CancelBody, FulfillBody, RefundBody } from './fulfillment.validators.ts';
import type { OrderActions } from './order-actions.service.ts';

const typeDefs = /* GraphQL */ `
  extend type Mutation {
    "Ship lines (input.items) or the whole order, as POST /orders/:id/fulfill (orders.write)."
    fulfillOrder(storeId: ID!, id: ID!, input: JSON): Order!
    "Cancel: release stock, refund what was paid, as POST /orders/:id/cancel (orders.write)."
    cancelOrder(storeId: ID!, id: ID!, input: JSON): Order!
    "Refund by amount or lines, as POST /orders/:id/refund (orders.refund)."
    refundOrder(storeId: ID!, id: ID!, input: JSON): Order!
  }
`;

type Args = { storeId: string; id: string; input?: unknown };
const staff = (auth: AdminAuth): Actor => ({ type: 'STAFF', id: auth.userId });

/** Order actions over GraphQL: the same validators, services and permissions as REST. */
export function fulfillmentGraphQL(s: {
  fulfillment: FulfillmentService;
  actions: OrderActions;
}): GraphQLModule {
  return {
    typeDefs,
    resolvers: {
      Mutation: {
        fulfillOrder: (_: unknown, a: Args, ctx: GraphQLContext) =>
          inStore(ctx, a.storeId, { permission: 'orders.write', action: 'fulfillOrder' }, (tx, auth) =>
            s.fulfillment.fulfillNow(
              tx,
              a.storeId,
              a.id,
              FulfillBody.parse(a.input ?? undefined),
              staff(auth),
            ),
          ),
        cancelOrder: (_: unknown, a: Args, ctx: GraphQLContext) =>
          inStore(ctx, a.storeId, { permission: 'orders.write', action: 'cancelOrder' }, (tx, auth) =>
            s.actions.cancel(tx, a.storeId, a.id, CancelBody.parse(a.input ?? undefined), staff(auth)),
          ),
        refundOrder: (_: unknown, a: Args, ctx: GraphQLContext) =>
          inStore(ctx, a.storeId, { permission: 'orders.refund', action: 'refundOrder' }, (tx, auth) =>
            s.actions.refund(tx, a.storeId, a.id, RefundBody.parse(a.input ?? undefined), staff(auth)),
          ),
      },
    },
  };
}
