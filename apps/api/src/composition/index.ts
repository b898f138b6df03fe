import {
  analyticsGraphQL,
  analyticsRoutes,
  createReportingDb,
  registerAnalyticsJobs,
} from '../modules/analytics/index.ts';
import { savedViewsRoutes } from '../modules/saved-views/index.ts';
import type { Platform } from '../platform/platform.ts';
import { registerWebRevalidation } from '../platform/web-revalidate.ts';
import { wireAccess } from './access.ts';
import { wireAfterSale } from './after-sale.ts';
import { wireCommerce } from './commerce.ts';
import { wireNotifications } from './notifications.ts';
import { wireCatalog, wireCustomers, wireInventory, wireTenancy } from './storefront-core.ts';

export type Modules = ReturnType<typeof buildModules>;

/**
 * Builds every module from the platform: the only place where modules are wired together. The
 * worker (worker.ts) builds them too, so that event handlers and jobs are registered there.
 */
export function buildModules(platform: Platform) {
  const notifications = wireNotifications(platform);
  const tenancy = wireTenancy(platform, notifications.mailer);
  const access = wireAccess(platform, notifications.mailer);
  const inventory = wireInventory(platform);
  const catalog = wireCatalog(platform, {
    resolver: tenancy.resolver,
    adminAccess: access.adminAccess,
    ...inventory,
  });
  const customers = wireCustomers(platform, async (tx, email) => {
    await notifications.notifications.send(tx, email);
  });
  const commerce = wireCommerce(platform, {
    inventory: inventory.inventory,
    catalog,
    customers: customers.customers,
    notifications: notifications.notifications,
  });
  const afterSale = wireAfterSale(platform, {
    inventory: inventory.inventory,
    customers: customers.customers,
    commerce,
    notifications,
  });
  registerWebRevalidation(platform, platform.config);
  // Reports read through the reporting database (DATABASE_REPLICA_URL when set).
  const reporting = createReportingDb(platform.config.databaseReplicaUrl);
  registerAnalyticsJobs(platform.jobs, platform.db);
  const areas = [
    tenancy,
    access,
    inventory,
    { routes: catalog.routes, graphql: [catalog.graphql] },
    customers,
    notifications,
    commerce,
    afterSale,
    { routes: savedViewsRoutes(), graphql: [] },
  ];
  return {
    resolver: tenancy.resolver,
    adminAccess: access.adminAccess,
    inventory: inventory.inventory,
    stockStream: inventory.stockStream,
    catalog,
    carts: commerce.carts,
    cartJobs: commerce.cartJobs,
    /** Captures after checkout commits (and the sweep of overdue ones). */
    settlement: commerce.settlement,
    subscriptions: commerce.subscriptions,
    worker: notifications.worker,
    notifications: notifications.notifications,
    routes: [...areas.flatMap((a) => a.routes), ...analyticsRoutes(reporting)],
    graphql: [...areas.flatMap((a) => a.graphql), analyticsGraphQL(reporting)],
    /** Ends long-lived responses (SSE) so that the HTTP server can close. */
    closeStreams: () => inventory.stockStream.closeAll(),
    stop: async () => {
      // The runner polls the delivery queues: stopped first, so that no pass starts on a closed mailer.
      await platform.jobRunner.stop();
      await notifications.worker.stop();
      await reporting.close();
      await catalog.flushSearches();
    },
  };
}
