import { abandonedCartEmails } from '../flows/index.ts';
import { cartRoutes, createCartService, registerCartJobs } from '../modules/cart/index.ts';
import type { Catalog } from '../modules/catalog/index.ts';
import {
  checkoutGraphQL,
  checkoutRoutes,
  createCheckoutService,
  createPayLinks,
  createPaymentConfirmation,
  createSettlement,
  createShippingOptions,
  payLinkRoutes,
  paymentAdminRoutes,
  registerCaptureSweep,
  stripeWebhookRoutes,
} from '../modules/checkout/index.ts';
import type { CustomerService } from '../modules/customers/index.ts';
import type { InventoryService } from '../modules/inventory/index.ts';
import { createOrderService, orderRoutes } from '../modules/orders/index.ts';
import {
  createGatewayFactory,
  createSavedMethodService,
  paymentGraphQL,
  paymentRoutes,
  stripeApiFrom,
} from '../modules/payments/index.ts';
import { pricingGraphQL, pricingRoutes } from '../modules/pricing/index.ts';
import {
  createSubscriptionService,
  registerSubscriptionJobs,
  subscriptionRoutes,
} from '../modules/subscriptions/index.ts';
import { createRateLimiter } from '../platform/kv/rate-limit.ts';
import type { Platform } from '../platform/platform.ts';
import { storefrontLink } from '../platform/storefront-url.ts';
import type { NotificationsWiring } from './notifications.ts';
import type { Wiring } from './wiring.ts';

type CommerceDeps = {
  inventory: InventoryService;
  catalog: Catalog;
  customers: CustomerService;
  notifications: NotificationsWiring['notifications'];
};

/** The money path: pricing configuration, orders, carts, payments, checkout, subscriptions. */
export function wireCommerce(platform: Platform, deps: CommerceDeps) {
  const { inventory, catalog } = deps;
  const orders = createOrderService({
    allocate: (tx, orderId, lines) => inventory.allocate(tx, { orderReference: orderId, lines }),
  });
  // Placed orders teach the catalog best sellers, bought-together pairs and verified purchases.
  catalog.connectOrders(orders);
  const carts = createCartService({
    catalog: catalog.service,
    inventory,
    reservationTtlSeconds: platform.config.cartReservationTtlSeconds,
  });
  // Abandoned carts: the recovery email (and its reminder) goes through the notifications module.
  const recoveryLink = (domain: string, token: string) =>
    storefrontLink(platform.config.storefrontUrl, domain, `/cart/recover?token=${encodeURIComponent(token)}`);
  const cartJobs = registerCartJobs(
    platform.jobs,
    platform.db,
    inventory,
    abandonedCartEmails({ notifications: deps.notifications, recoveryLink }),
  );
  const gateways = createGatewayFactory({ stripeApi: stripeApiFrom(platform.config.stripeApiBase) });
  const saved = createSavedMethodService(gateways);
  const checkout = createCheckoutService({
    carts,
    catalog: catalog.service,
    inventory,
    orders,
    gateways,
    saved,
  });
  const settlement = createSettlement({
    db: platform.db,
    orders,
    gateways,
    onCaptureError: (err, payment) =>
      platform.logger.warn({ err, ...payment }, 'capture after checkout failed; the capture sweep retries'),
  });
  registerCaptureSweep(platform.jobs, settlement);
  // Merchant-created orders paid online through a signed link (the checkout's payment steps).
  const payLinks = createPayLinks({
    secret: platform.config.jwtSecret,
    storefrontUrl: platform.config.storefrontUrl,
    orders,
    gateways,
    saved,
  });
  const subscriptions = createSubscriptionService({
    db: platform.db,
    catalog: catalog.service,
    inventory,
    orders,
    gateways,
  });
  registerSubscriptionJobs(platform.jobs, subscriptions);
  const giftCardGuesses = createRateLimiter(
    { name: 'giftcard', points: 20, durationSeconds: 60 },
    platform.redis,
    platform.config.redisPrefix,
  );
  const wiring: Wiring = {
    routes: [
      ...pricingRoutes({ giftCardGuesses }),
      ...paymentRoutes(),
      ...orderRoutes(orders),
      ...cartRoutes(carts),
      ...stripeWebhookRoutes(orders, settlement),
      ...paymentAdminRoutes({ orders, gateways }),
      ...payLinkRoutes({ links: payLinks, settlement }),
      ...subscriptionRoutes(subscriptions, deps.customers),
      ...checkoutRoutes({
        checkout,
        settlement,
        orders,
        carts,
        saved,
        confirm: createPaymentConfirmation({ orders, gateways, inventory }),
        shippingOptions: createShippingOptions({ carts, catalog: catalog.service }),
        downloadLink: (tx, input) => catalog.service.downloadLink(tx, input),
      }),
    ],
    graphql: [
      checkoutGraphQL({ carts, orders, checkout, settlement }),
      ...pricingGraphQL(),
      paymentGraphQL(),
    ],
  };
  return { orders, carts, cartJobs, gateways, subscriptions, settlement, ...wiring };
}
