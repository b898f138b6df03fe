import { subscribeOrderFlows } from '../flows/index.ts';
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
} from '../modules/fulfillment/index.ts';
import type { InventoryService } from '../modules/inventory/index.ts';
import { createLoyaltyService, loyaltyRoutes } from '../modules/loyalty/index.ts';
import { createReturnService, returnRoutes } from '../modules/returns/index.ts';
import type { Platform } from '../platform/platform.ts';
import { storefrontLink } from '../platform/storefront-url.ts';
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
    carriers: () => [builtInCarrier()],
    storefront: (domain: string, path: string) => storefrontLink(platform.config.storefrontUrl, domain, path),
  };
  const fulfillment = createFulfillmentService(flow);
  const loyalty = createLoyaltyService();
  const segments = createSegmentService();
  platform.jobs.define(SEGMENT_JOB, async () => void (await evaluateAllSegments(platform.db, segments)), {
    cron: '23 * * * *',
  });
  const orderActions = createOrderActions(flow, fulfillment);
  // Order and stock events reach fulfilment, emails, customer counters and loyalty (src/flows/).
  subscribeOrderFlows(platform.jobs, { ...flow, customers: deps.customers, fulfillment, loyalty });
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
