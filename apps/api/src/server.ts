import { randomUUID } from 'node:crypto';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { buildContext } from './graphql/context.ts';
import { createApolloServer, type GraphQLModule } from './graphql/schema.ts';
import {
  analyticsGraphQL,
  analyticsRoutes,
  createReportingDb,
  registerAnalyticsJobs,
} from './modules/analytics/index.ts';
import { cartRoutes, createCartService, registerCartJobs } from './modules/cart/index.ts';
import { createCatalog } from './modules/catalog/index.ts';
import {
  checkoutGraphQL,
  checkoutRoutes,
  createCheckoutService,
  createPaymentConfirmation,
  createShippingOptions,
  paymentAdminRoutes,
  stripeWebhookRoutes,
} from './modules/checkout/index.ts';
import {
  accountRoutes,
  createCustomerService,
  createPrivacyService,
  createSegmentService,
  createShopperAuthService,
  customerRoutes,
  customersGraphQL,
  evaluateAllSegments,
  privacyRoutes,
  pushRoutes,
  SEGMENT_JOB,
  segmentRoutes,
} from './modules/customers/index.ts';
import {
  builtInCarrier,
  createFulfillmentService,
  createFulfillmentViews,
  createOrderActions,
  fulfillmentRoutes,
  orderEventHandlers,
} from './modules/fulfillment/index.ts';
import {
  createInventoryService,
  createProductService,
  createStockStream,
  externalPush,
  integrationRoutes,
  inventoryGraphQL,
  webhookRoutes as inventoryWebhookRoutes,
  productRoutes,
  registerInventoryJobs,
  stockRoutes,
} from './modules/inventory/index.ts';
import { createLoyaltyService, loyaltyRoutes } from './modules/loyalty/index.ts';
import {
  createDeliveryWorker,
  createMailer,
  createNotificationService,
  createWebhookService,
  itemsHtml,
  notificationRoutes,
  vapidKeys,
  webhookRoutes,
} from './modules/notifications/index.ts';
import { createOrderService, orderRoutes } from './modules/orders/index.ts';
import {
  createGatewayFactory,
  createSavedMethodService,
  paymentRoutes,
  stripeApiFrom,
} from './modules/payments/index.ts';
import { pricingRoutes } from './modules/pricing/index.ts';
import { createReturnService, returnRoutes } from './modules/returns/index.ts';
import {
  createSubscriptionService,
  registerSubscriptionJobs,
  subscriptionRoutes,
} from './modules/subscriptions/index.ts';
import {
  authRoutes,
  createAuthService,
  createStoreResolver,
  createStoreService,
  storeRoutes,
  tenancyGraphQL,
} from './modules/tenancy/index.ts';
import { mountRoutes } from './platform/http/mount.ts';
import { buildOpenApiDocument, docsPage } from './platform/http/openapi.ts';
import { notFoundRoute, problemMiddleware } from './platform/http/problem.ts';
import type { RouteDef } from './platform/http/route.ts';
import { createRateLimiter } from './platform/kv/rate-limit.ts';
import type { Platform } from './platform/platform.ts';
import { registerWebRevalidation } from './platform/web-revalidate.ts';

export type Modules = ReturnType<typeof buildModules>;
export type App = {
  app: Express;
  routes: RouteDef[];
  modules: Modules;
  closeStreams(): void;
  stop(): Promise<void>;
};

/**
 * Builds every module from the platform: the only place where modules are wired together. The
 * worker (worker.ts) builds them too, so that event handlers and jobs are registered there.
 */
export function buildModules(platform: Platform) {
  const resolver = createStoreResolver(platform.db, platform.kv);
  const auth = createAuthService({
    db: platform.db,
    tokens: platform.tokens,
    failedLogins: platform.limiters.failedLogins,
  });
  const stores = createStoreService({ platformDomain: platform.config.platformDomain, resolver });
  const customers = createCustomerService();
  const shopperAuth = createShopperAuthService({
    tokens: platform.tokens,
    failedLogins: platform.limiters.failedLogins,
  });
  const notifications = createNotificationService();
  const vapid = vapidKeys(platform.config);
  const worker = createDeliveryWorker({
    db: platform.db,
    logger: platform.logger,
    mailer: createMailer({
      smtpUrl: platform.config.smtpUrl,
      from: platform.config.mailFrom,
      logger: platform.logger,
    }),
    pollMs: platform.config.deliveryPollMs,
    retryBaseMs: platform.config.deliveryRetryBaseMs,
    allowPrivateWebhooks: platform.config.webhookAllowPrivate,
    vapid,
  });
  if (platform.config.runJobs) worker.start();
  const inventory = createInventoryService({
    reservationTtlSeconds: platform.config.cartReservationTtlSeconds,
  });
  const products = createProductService();
  registerInventoryJobs(platform.jobs, platform.db);
  const stockStream = createStockStream({ db: platform.db, pubsub: platform.pubsub });
  platform.jobs.onEvent('inventory.stock.changed', stockStream.publishChange, 'inventory-realtime');
  platform.jobs.onEvent('inventory.stock.changed', externalPush(platform.db), 'inventory-external-push');
  const catalog = createCatalog({
    inventory,
    jobs: platform.jobs,
    downloadSecret: platform.config.jwtSecret,
    cache: {
      kv: platform.kv,
      db: platform.db,
      resolve: (hostname) => resolver.resolve(hostname),
      verifyToken: (token) => platform.tokens.verify(token),
    },
  });
  // The stock stream accepts storefront listing ids: a listing watches its inventory product.
  stockStream.setListingResolver((tx, storeId, listingIds) =>
    tx
      .selectFrom('productListings')
      .select(['id as listingId', 'productId'])
      .where('storeId', '=', storeId)
      .where('id', 'in', listingIds)
      .where('isVisible', '=', true)
      .execute(),
  );
  const routes: RouteDef[] = [
    ...authRoutes(auth),
    ...storeRoutes(stores),
    ...productRoutes(products),
    ...stockRoutes(),
    ...stockStream.routes,
    ...inventoryWebhookRoutes(platform.db),
    ...integrationRoutes(),
    ...catalog.routes,
    ...customerRoutes(customers),
    ...accountRoutes(customers, shopperAuth),
    ...notificationRoutes(notifications),
    ...webhookRoutes(createWebhookService()),
  ];
  // checkout: pricing configuration, payment methods, orders, carts and checkout
  const giftCardGuesses = createRateLimiter(
    { name: 'giftcard', points: 20, durationSeconds: 60 },
    platform.redis,
    platform.config.redisPrefix,
  );
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
  const cartJobs = registerCartJobs(platform.jobs, platform.db, inventory, (tx, n) =>
    notifications
      .send(tx, {
        storeId: n.storeId,
        template: 'abandoned_cart',
        to: n.to,
        data: {
          cart: { id: n.cartId, url: n.recoveryUrl },
          itemsHtml: itemsHtml(n.items),
          customer: { firstName: '' },
        },
        reference: `cart:${n.cartId}:${n.kind}`,
      })
      .then(() => undefined),
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
  const subscriptions = createSubscriptionService({
    db: platform.db,
    catalog: catalog.service,
    inventory,
    orders,
    gateways,
  });
  registerSubscriptionJobs(platform.jobs, subscriptions);
  routes.push(
    ...pricingRoutes({ giftCardGuesses }),
    ...paymentRoutes(),
    ...orderRoutes(orders),
    ...cartRoutes(carts),
    ...stripeWebhookRoutes(orders),
    ...paymentAdminRoutes({ orders, gateways }),
    ...subscriptionRoutes(subscriptions, customers),
    ...checkoutRoutes({
      checkout,
      orders,
      carts,
      saved,
      confirm: createPaymentConfirmation({ orders, gateways, inventory }),
      shippingOptions: createShippingOptions({ carts, catalog: catalog.service }),
    }),
  );
  // customers: fulfilment flow, cancellations, refunds, tracking, and the event consumers
  const flow = {
    inventory,
    orders,
    notifications,
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
  routes.push(
    ...fulfillmentRoutes({
      fulfillment,
      actions: orderActions,
      views: createFulfillmentViews(flow),
      orders,
    }),
    ...returnRoutes(createReturnService({ ...flow, actions: orderActions })),
    ...privacyRoutes(createPrivacyService({ customers, orders })),
    ...loyaltyRoutes(loyalty),
    ...segmentRoutes(segments),
    ...pushRoutes(vapid),
  );
  const handlers = orderEventHandlers({ ...flow, customers, fulfillment, loyalty });
  registerWebRevalidation(platform, platform.config);
  worker.handle('fulfillment', handlers.fulfillment);
  worker.handle('notifications', handlers.notifications);
  worker.handle('customers', handlers.customers);
  // analytics: reports read through the reporting database (DATABASE_REPLICA_URL when set)
  const reporting = createReportingDb(platform.config.databaseReplicaUrl);
  routes.push(...analyticsRoutes(reporting));
  registerAnalyticsJobs(platform.jobs, platform.db);
  const graphql: GraphQLModule[] = [
    tenancyGraphQL(stores),
    inventoryGraphQL(products),
    catalog.graphql,
    customersGraphQL(customers),
    checkoutGraphQL({ carts, orders, checkout }),
    analyticsGraphQL(reporting),
  ];
  return {
    resolver,
    inventory,
    stockStream,
    catalog,
    carts,
    cartJobs,
    subscriptions,
    routes,
    graphql,
    worker,
    notifications,
    /** Ends long-lived responses (SSE) so that the HTTP server can close. */
    closeStreams: () => stockStream.closeAll(),
    stop: async () => {
      await worker.stop();
      await reporting.close();
    },
  };
}

/** The composition root: builds the HTTP app (REST, GraphQL, docs, health) on a platform. */
export async function createApp(platform: Platform): Promise<App> {
  const { config, logger, db, kv, limiters, tokens } = platform;
  const modules = buildModules(platform);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    }),
  );
  app.use(helmet({ contentSecurityPolicy: { useDefaults: true } }));
  app.use(
    cors({ origin: config.corsOrigins, exposedHeaders: ['Location', 'ETag', 'Retry-After', 'X-Request-Id'] }),
  );

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const dbOk = await db.kysely
      .selectNoFrom((eb) => eb.lit(1).as('ok'))
      .execute()
      .then(() => true)
      .catch(() => false);
    const redisOk = platform.redis ? await kv.ping() : true;
    res.status(dbOk && redisOk ? 200 : 503).json({
      status: dbOk && redisOk ? 'ready' : 'unavailable',
      database: dbOk,
      redis: platform.redis ? redisOk : 'not configured',
    });
  });

  app.use('/api', async (req, _res, next) => {
    await limiters.perIp.consume(req.ip ?? 'unknown');
    next();
  });
  app.use(
    express.json({
      limit: config.bodyLimit,
      // Gateway webhooks are verified by a signature over the exact bytes received.
      verify: (req, _res, buf) => {
        if (req.url?.includes('/webhooks/')) (req as typeof req & { rawBody?: Buffer }).rawBody = buf;
      },
    }),
  );

  const openapi = buildOpenApiDocument(modules.routes);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  const docs = docsPage(openapi);
  app.get('/api/docs', (_req, res) => {
    res.type('html').send(docs);
  });

  // Storefront catalog reads are served from the per-tenant cache; writes invalidate it.
  app.use(modules.catalog.cache.invalidateOnWrite);
  app.use(modules.catalog.cache.read);

  const router = express.Router();
  mountRoutes(router, modules.routes, {
    db,
    verifyToken: (token) => tokens.verify(token),
    resolveStore: (hostname) => modules.resolver.resolve(hostname),
    limitTenant: (tenantId) => limiters.perTenant.consume(tenantId),
  });
  app.use(router);

  const apollo = createApolloServer(modules.graphql, logger);
  await apollo.start();
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const [scheme, token] = (req.headers.authorization ?? '').split(' ');
        const auth =
          scheme?.toLowerCase() === 'bearer' && token
            ? await tokens.verify(token).catch(() => {
                throw new GraphQLError('Invalid access token', {
                  extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
                });
              })
            : null;
        return buildContext(db, auth, (hostname) => modules.resolver.resolve(hostname));
      },
    }),
  );

  app.use(notFoundRoute);
  app.use(problemMiddleware(logger));

  return {
    app,
    routes: modules.routes,
    modules,
    closeStreams: modules.closeStreams,
    async stop() {
      await apollo.stop();
      await modules.stop();
    },
  };
}
