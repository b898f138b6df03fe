import { z } from 'zod';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { adminRoute, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { ListEnvelopeOf, listQuery, StoreIdParams } from '../../platform/http/schemas.ts';
import type { RateLimiter } from '../../platform/kv/rate-limit.ts';
import { couponService } from './coupons.service.ts';
import { giftCardService } from './gift-cards.service.ts';
import {
  CouponResponse,
  GiftCardBalanceResponse,
  GiftCardResponse,
  GiftCardTransactionResponse,
  ShippingMethodResponse,
  TaxRateResponse,
} from './pricing.responses.ts';
import {
  CreateCouponBody,
  CreateGiftCardBody,
  CreateShippingMethodBody,
  CreateTaxRateBody,
  UpdateCouponBody,
  UpdateGiftCardBody,
  UpdateShippingMethodBody,
  UpdateTaxRateBody,
} from './pricing.validators.ts';
import { shippingMethodService } from './shipping-methods.service.ts';
import { taxRateService } from './tax-rates.service.ts';

const BalanceParams = z.object({ domain: z.string(), code: z.string().trim().min(4).max(64) });

/** Admin CRUD for shipping methods, tax rates, coupons and gift cards; the gift-card balance check. */
export function pricingRoutes(deps: { giftCardGuesses: RateLimiter }): RouteDef[] {
  return [
    ...crudRoutes({
      resource: 'shipping-methods',
      permission: 'settings.shipping',
      noun: 'shipping method',
      createBody: CreateShippingMethodBody,
      updateBody: UpdateShippingMethodBody,
      listQuery: listQuery(['name', 'createdAt']),
      service: shippingMethodService,
      item: ShippingMethodResponse,
    }),
    ...crudRoutes({
      resource: 'tax-rates',
      permission: 'settings.taxes',
      noun: 'tax rate',
      createBody: CreateTaxRateBody,
      updateBody: UpdateTaxRateBody,
      listQuery: listQuery(['name', 'country', 'createdAt']),
      service: taxRateService,
      item: TaxRateResponse,
    }),
    ...crudRoutes({
      resource: 'coupons',
      permission: 'marketing.write',
      noun: 'coupon',
      createBody: CreateCouponBody,
      updateBody: UpdateCouponBody,
      listQuery: listQuery(['code', 'createdAt']),
      service: couponService,
      item: CouponResponse,
    }),
    ...crudRoutes({
      resource: 'gift-cards',
      permission: 'marketing.write',
      noun: 'gift card',
      createBody: CreateGiftCardBody,
      updateBody: UpdateGiftCardBody,
      listQuery: listQuery(['code', 'createdAt']),
      service: giftCardService,
      item: GiftCardResponse,
    }),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/gift-cards/:id/transactions',
        summary: 'The balance ledger of a gift card',
        tags: ['gift-cards'],
        params: StoreIdParams,
        query: listQuery(['createdAt']),
        response: ListEnvelopeOf(GiftCardTransactionResponse),
      },
      ({ tx, params, query }) => giftCardService.transactions(tx, params.storeId, params.id, query),
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/gift-cards/:code/balance',
        summary: 'Balance of a gift card (rate limited against guessing)',
        tags: ['storefront'],
        params: BalanceParams,
        response: GiftCardBalanceResponse,
      },
      async ({ tx, store, params, req }) => {
        await deps.giftCardGuesses.consume(`${store.storeId}:${req.ip ?? 'unknown'}`);
        return giftCardService.balance(tx, store.storeId, params.code);
      },
    ),
  ];
}
