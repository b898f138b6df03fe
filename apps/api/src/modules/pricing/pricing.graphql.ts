import { crudMutations, crudMutationTypeDefs } from '../../graphql/crud.ts';
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

/** Writes of shipping methods, tax rates, coupons and gift cards over GraphQL, as their REST CRUD. */
export function pricingGraphQL(): GraphQLModule {
  return {
    typeDefs: /* GraphQL */ `
      extend type Mutation {
        ${crudMutationTypeDefs('ShippingMethod', 'ShippingMethod')}
        ${crudMutationTypeDefs('TaxRate', 'TaxRate')}
        ${crudMutationTypeDefs('Coupon', 'Coupon')}
        ${crudMutationTypeDefs('GiftCard', 'GiftCard')}
      }
    `,
    resolvers: {
      Mutation: {
        ...crudMutations({
          name: 'ShippingMethod',
          permission: 'settings.shipping',
          service: shippingMethodService,
          createBody: CreateShippingMethodBody,
          updateBody: UpdateShippingMethodBody,
        }),
        ...crudMutations({
          name: 'TaxRate',
          permission: 'settings.taxes',
          service: taxRateService,
          createBody: CreateTaxRateBody,
          updateBody: UpdateTaxRateBody,
        }),
        ...crudMutations({
          name: 'Coupon',
          permission: 'marketing.write',
          service: couponService,
          createBody: CreateCouponBody,
          updateBody: UpdateCouponBody,
        }),
        ...crudMutations({
          name: 'GiftCard',
          permission: 'marketing.write',
          service: giftCardService,
          createBody: CreateGiftCardBody,
          updateBody: UpdateGiftCardBody,
        }),
      },
    },
  };
}
