/**
 * Pricing: shipping methods, tax rates, coupons, gift cards, and the pure pricing engine that turns
 * a cart into totals. Cart and checkout use it through this face.
 */
export { returnCouponUses, useCoupon } from './coupon-usage.ts';
export { COUPON_JSON, couponProblem, couponService, toCouponRule } from './coupons.service.ts';
export { priceCart, shippingCost } from './engine/pricing.engine.ts';
export type * from './engine/pricing.types.ts';
export { giftCardsOfOrder, issueSoldGiftCard, type SoldGiftCardUnit } from './gift-card-issue.ts';
export { giftCardService } from './gift-cards.service.ts';
export { pricingGraphQL } from './pricing.graphql.ts';
export { pricingRoutes } from './pricing.routes.ts';
export type * from './pricing.schema.ts';
export { shippingMethodService, toShippingMethodDto, toShippingRule } from './shipping-methods.service.ts';
export { primeStoreContext, type StoreContext, storeContext, storeContextQuery } from './store-context.ts';
export { taxRateService, toTaxRule } from './tax-rates.service.ts';
