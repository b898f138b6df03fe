import { z } from 'zod';
import { notFound, unauthenticated } from '../../platform/errors.ts';
import { adminRoute, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { StoreIdParams, StoreParams } from '../../platform/http/schemas.ts';
import { AccountResponse, AdjustResponse, ProgramResponse, RedeemResponse } from './loyalty.responses.ts';
import type { LoyaltyService } from './loyalty.service.ts';

const tags = ['loyalty'];
const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
const ProgramBody = z.strictObject({
  isActive: z.boolean().optional(),
  pointsPerUnit: z.number().int().min(0).max(10_000).optional(),
  pointValueMinor: z.number().int().min(1).max(100_000).optional(),
  minRedeemPoints: z.number().int().min(1).max(10_000_000).optional(),
});
const AdjustBody = z.strictObject({
  points: z
    .number()
    .int()
    .refine((n) => n !== 0, 'must not be zero'),
  reason: z.string().trim().min(1).max(500),
});
const RedeemBody = z.object({ points: z.number().int().positive() });

/** The store's loyalty rule, a customer's points and ledger, and redemption by the shopper. */
export function loyaltyRoutes(loyalty: LoyaltyService): RouteDef[] {
  const customerIn = async (tx: Parameters<LoyaltyService['account']>[0], storeId: string, id: string) => {
    const row = await tx
      .selectFrom('customers')
      .select('id')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Customer');
  };
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/loyalty',
        summary: 'The loyalty rule of a store',
        response: ProgramResponse,
        tags,
        params: StoreParams,
      },
      ({ tx, params }) => loyalty.getProgram(tx, params.storeId),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/stores/:storeId/loyalty',
        summary: 'Set the loyalty rule (points per currency unit, point value)',
        response: ProgramResponse,
        tags,
        params: StoreParams,
        body: ProgramBody,
        requirePermission: 'marketing.write',
      },
      ({ tx, params, body }) => loyalty.putProgram(tx, params.storeId, body),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/customers/:id/loyalty',
        summary: "A customer's points and ledger",
        response: AccountResponse,
        tags,
        params: StoreIdParams,
        query: Paging,
      },
      async ({ tx, params, query }) => {
        await customerIn(tx, params.storeId, params.id);
        return loyalty.account(tx, params.storeId, params.id, query);
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/customers/:id/loyalty/adjustments',
        status: 200,
        summary: 'Add or remove points by hand',
        response: AdjustResponse,
        tags,
        params: StoreIdParams,
        body: AdjustBody,
        requirePermission: 'marketing.write',
      },
      async ({ tx, params, body }) => {
        await customerIn(tx, params.storeId, params.id);
        return loyalty.adjust(tx, params.id, body);
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/account/loyalty',
        summary: 'My points',
        response: AccountResponse,
        tags: ['storefront', 'account'],
        query: Paging,
      },
      ({ tx, store, shopper, query }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        return loyalty.account(tx, store.storeId, shopper.customerId, query);
      },
    ),
    storefrontRoute(
      {
        method: 'post',
        path: '/api/storefront/:domain/account/loyalty/redeem',
        status: 200,
        summary: 'Turn points into store credit (a gift card code for checkout)',
        response: RedeemResponse,
        tags: ['storefront', 'account'],
        body: RedeemBody,
        idempotent: true,
      },
      ({ tx, store, shopper, body }) => {
        if (!shopper) throw unauthenticated('Log in as a customer first');
        return loyalty.redeem(tx, store.storeId, shopper.customerId, body.points);
      },
    ),
  ];
}
