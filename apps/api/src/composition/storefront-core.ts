import { createCatalog, mediaObjects } from '../modules/catalog/index.ts';
import {
  accountRoutes,
  createCustomerService,
  createShopperAuthService,
  createShopperRecoveryService,
  customerRoutes,
  customersGraphQL,
  recoveryRoutes,
  type ShopperMail,
} from '../modules/customers/index.ts';
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
} from '../modules/inventory/index.ts';
import {
  type AccountMailer,
  authRoutes,
  createAccountEmailService,
  createAuthService,
  createDomainService,
  createDomainVerifier,
  createStoreArchiveService,
  createStoreResolver,
  createStoreService,
  createTwoFactorService,
  domainRoutes,
  merchantAccountRoutes,
  storeRoutes,
  storeSettingsGraphQL,
  tenancyGraphQL,
  themeDraftRoutes,
  themeGraphQL,
} from '../modules/tenancy/index.ts';
import type { AdminAccess } from '../platform/http/route.ts';
import type { Platform } from '../platform/platform.ts';
import { storefrontLink } from '../platform/storefront-url.ts';
import type { Wiring } from './wiring.ts';

/** Tenancy and auth: merchants, users, stores, domains, themes. */
export function wireTenancy(platform: Platform, mailer: AccountMailer) {
  const resolver = createStoreResolver(platform.db, platform.kv, platform.pubsub);
  const emails = createAccountEmailService({
    db: platform.db,
    mailer,
    logger: platform.logger,
    adminUrl: platform.config.adminUrl,
  });
  const twoFactor = createTwoFactorService({ db: platform.db, kv: platform.kv });
  const auth = createAuthService({
    db: platform.db,
    tokens: platform.tokens,
    logins: platform.limiters.logins,
    twoFactor,
    accountEmails: emails,
  });
  const { platformDomain, domainVerification } = platform.config;
  const verifier = createDomainVerifier(domainVerification);
  const domains = createDomainService({ platformDomain, resolver, verifier });
  const stores = createStoreService({ platformDomain, resolver, domains });
  const archive = createStoreArchiveService({ resolver });
  const wiring: Wiring = {
    routes: [
      ...authRoutes(auth),
      ...merchantAccountRoutes({ auth, emails, twoFactor }),
      ...storeRoutes(stores, archive),
      ...domainRoutes({ stores, domains, resolver }),
      ...themeDraftRoutes({ tokens: platform.tokens, storefrontUrl: platform.config.storefrontUrl }),
    ],
    graphql: [tenancyGraphQL(stores, archive), themeGraphQL(), storeSettingsGraphQL({ stores, domains })],
  };
  return { resolver, ...wiring };
}

/** The shared inventory: products, stock, jobs, the live stock stream and the external seam. */
export function wireInventory(platform: Platform) {
  const inventory = createInventoryService({
    reservationTtlSeconds: platform.config.cartReservationTtlSeconds,
  });
  const products = createProductService();
  registerInventoryJobs(platform.jobs, platform.db);
  const stockStream = createStockStream({ db: platform.db, pubsub: platform.pubsub });
  const push = externalPush(platform.db);
  platform.jobs.subscribeBatch(
    { consumer: 'inventory-realtime', topics: ['inventory.stock.changed'] },
    stockStream.publishChanges,
  );
  platform.jobs.subscribeBatch(
    { consumer: 'inventory-external-push', topics: ['inventory.stock.changed'] },
    push,
  );
  const wiring: Wiring = {
    routes: [
      ...productRoutes(products),
      ...stockRoutes(),
      ...stockStream.routes,
      ...inventoryWebhookRoutes(platform.db),
      ...integrationRoutes(),
    ],
    graphql: [inventoryGraphQL(products)],
  };
  return { inventory, stockStream, ...wiring };
}

/** The catalog over the inventory, and the stock stream's listing ids. */
export function wireCatalog(
  platform: Platform,
  deps: Pick<ReturnType<typeof wireTenancy>, 'resolver'> & { adminAccess: AdminAccess } & Pick<
      ReturnType<typeof wireInventory>,
      'inventory' | 'stockStream'
    >,
) {
  const catalog = createCatalog({
    inventory: deps.inventory,
    jobs: platform.jobs,
    downloadSecret: platform.config.jwtSecret,
    media: mediaObjects(platform.config.dataDir, platform.config.mediaS3),
    tokens: platform.tokens,
    cache: {
      kv: platform.kv,
      pubsub: platform.pubsub,
      db: platform.db,
      resolve: (hostname) => deps.resolver.resolve(hostname),
      verifyToken: (token) => deps.adminAccess.authenticate(token),
      refresh: platform.config.storefrontCache === 'refresh',
      holds: {
        nextExpiry: (tenantId) => platform.db.withTenant(tenantId, (tx) => deps.inventory.nextHoldExpiry(tx)),
        ttlSeconds: platform.config.cartReservationTtlSeconds,
      },
    },
  });
  // The stock stream accepts storefront listing ids: a listing watches its inventory product.
  deps.stockStream.setListingResolver((tx, storeId, listingIds) =>
    catalog.listingTargets(tx, storeId, listingIds),
  );
  return catalog;
}

/** Customers: staff CRUD and shopper accounts. */
export function wireCustomers(platform: Platform, mail: ShopperMail) {
  const customers = createCustomerService();
  const recovery = createShopperRecoveryService({
    mail,
    link: (domain, path) => storefrontLink(platform.config.storefrontUrl, domain, path),
  });
  const shopperAuth = createShopperAuthService({
    tokens: platform.tokens,
    logins: platform.limiters.logins,
  });
  const wiring: Wiring = {
    routes: [
      ...customerRoutes(customers),
      ...accountRoutes(customers, shopperAuth, recovery),
      ...recoveryRoutes(recovery),
    ],
    graphql: [customersGraphQL(customers)],
  };
  return { customers, ...wiring };
}
