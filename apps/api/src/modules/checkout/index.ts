/**
 * Checkout: one transaction from cart to order with card payments authorised, captured after the
 * commit (voided when it fails); 3-D Secure confirmation.
 */
export { createPaymentConfirmation } from './checkout.confirm.ts';
export { checkoutGraphQL } from './checkout.graphql.ts';
export { checkoutRoutes } from './checkout.routes.ts';
export { type CheckoutDeps, type CheckoutService, createCheckoutService } from './checkout.service.ts';
export {
  CAPTURE_SWEEP_JOB,
  createSettlement,
  registerCaptureSweep,
  type Settlement,
} from './checkout.settle.ts';
export { payLinkRoutes } from './pay-links.routes.ts';
export { createPayLinks, type PayLinks } from './pay-links.ts';
export { paymentAdminRoutes } from './payment-admin.routes.ts';
export { createShippingOptions } from './shipping-options.ts';
export { webhookRoutes as stripeWebhookRoutes } from './webhook.routes.ts';
