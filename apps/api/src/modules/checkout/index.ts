/** Checkout: one transaction from cart to order, payments through gateways, 3-D Secure confirmation. */
export { createPaymentConfirmation } from './checkout.confirm.ts';
export { checkoutGraphQL } from './checkout.graphql.ts';
export { checkoutRoutes } from './checkout.routes.ts';
export { type CheckoutDeps, type CheckoutService, createCheckoutService } from './checkout.service.ts';
export { createShippingOptions } from './shipping-options.ts';
export { webhookRoutes as stripeWebhookRoutes } from './webhook.routes.ts';
