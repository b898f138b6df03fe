import { crudMutations } from '../../graphql/crud-mutations.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import { couponService } from './coupons.service.ts';
import { giftCardService } from './gift-cards.service.ts';
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

/**
 * Merchant mutations of shipping methods, tax rates, coupons and gift cards, the same as their REST
 * routes. A gift card is adjusted by `updateGiftCard(input: { balance })` (written to its ledger)
 * and deactivated by `{ isActive: false }`. The types and reads are in checkout's GraphQL.
 */
export function pricingGraphQL(): GraphQLModule[] {
  return [
    crudMutations({
      type: 'ShippingMethod',
      permission: 'settings.shipping',
      createBody: CreateShippingMethodBody,
      updateBody: UpdateShippingMethodBody,
      service: shippingMethodService,
    }),
    crudMutations({
      type: 'TaxRate',
      permission: 'settings.taxes',
      createBody: CreateTaxRateBody,
      updateBody: UpdateTaxRateBody,
      service: taxRateService,
    }),
    crudMutations({
      type: 'Coupon',
      permission: 'marketing.write',
      createBody: CreateCouponBody,
      updateBody: UpdateCouponBody,
      service: couponService,
    }),
    crudMutations({
      type: 'GiftCard',
      permission: 'marketing.write',
      createBody: CreateGiftCardBody,
      updateBody: UpdateGiftCardBody,
      service: giftCardService,
    }),
  ];
}
