import {
  type CustomerService,
  createPrivacyService,
  createSegmentService,
  evaluateAllSegments,
  privacyRoutes,
  pushRoutes,
  SEGMENT_JOB,
  segmentRoutes,
} from '../modules/customers/index.ts';
import {
  builtInCarrier,
  createFulfillmentService,
  createFulfillmentViews,
  createOrderActions,
  fulfillmentGraphQL,
  fulfillmentRoutes,
  orderEventHandlers,
} from '../modules/fulfillment/index.ts';
import type { InventoryService } from '../modules/inventory/index.ts';
import { createLoyaltyService, loyaltyRoutes } from '../modules/loyalty/index.ts';
import { createReturnService, returnRoutes } from '../modules/returns/index.ts';
import type { Platform } from '../platform/platform.ts';
import type { wireCommerce } from './commerce.ts';
import type { NotificationsWiring } from './notifications.ts';
import type { Wiring } from './wiring.ts';

type AfterSaleDeps = {
  inventory: InventoryService;
  customers: CustomerService;
  commerce: Pick<ReturnType<typeof wireCommerce>, 'orders' | 'gateways'>;
  notifications: NotificationsWiring;
};

/** After "Place order": fulfilment flow, cancellations, refunds, returns, loyalty, segments, privacy. */
export function wireAfterSale(platform: Platform, deps: AfterSaleDeps): Wiring {
  const { orders, gateways } = deps.commerce;
  const flow = {
    inventory: deps.inventory,
    orders,
    notifications: deps.notifications.notifications,
    gateways,
    carriers: (domain: string) => [builtInCarrier(`https://${domain}/tracking/`)],
  };
  const fulfillment = createFulfillmentService(flow);
  const loyalty = createLoyaltyService();
  const segments = createSegmentService();
  platform.jobs.define(SEGMENT_JOB, async () => void (await evaluateAllSegments(platform.db, segments)), {
    cron: '23 * * * *',
  });
  const orderActions = createOrderActions(flow, fulfillment);
  // Order events reach fulfilment, notifications and customer counters through the delivery worker.
  const handlers = orderEventHandlers({ ...flow, customers: deps.customers, fulfillment, loyalty });
  const { worker } = deps.notifications;
  worker.handle('fulfillment', handlers.fulfillment);
  worker.handle('notifications', handlers.notifications);
  worker.handle('customers', handlers.customers);
  // Paid orders (gift cards, digital lines) ride the customers consumer's `order.%` feed.
  worker.handle('customers', handlers.paidOrder);
  return {
    routes: [
      ...fulfillmentRoutes({
        fulfillment,
        actions: orderActions,
        views: createFulfillmentViews(flow),
        orders,
      }),
      ...returnRoutes(createReturnService({ ...flow, actions: orderActions })),
      ...privacyRoutes(createPrivacyService({ customers: deps.customers, orders })),
      ...loyaltyRoutes(loyalty),
      ...segmentRoutes(segments),
      ...pushRoutes(deps.notifications.vapid),
    ],
    graphql: [fulfillmentGraphQL({ fulfillment, actions: orderActions })],
  };
}
