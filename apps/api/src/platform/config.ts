import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { PasswordHashing } from './auth/passwords.ts';
import { parseTenantList } from './db/tenant-budget.ts';

const flag = z.enum(['0', '1']).transform((v) => v === '1');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(2).default(20),
  DB_TENANT_BUDGET: z.coerce.number().int().min(1).optional(),
  DB_TENANT_QUEUE_MS: z.coerce.number().int().positive().default(30_000),
  DB_DEDICATED_TENANTS: z.string().optional(),
  DB_DEDICATED_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  DB_PREPARED_STATEMENTS: flag.default(true),
  DATA_DIR: z.string().min(1).default('.data'),
  MEDIA_S3_BUCKET: z.string().min(3).max(63).optional(),
  MEDIA_S3_PREFIX: z.string().max(200).default('media/'),
  MEDIA_S3_REGION: z.string().min(1).default('us-east-1'),
  MEDIA_S3_ENDPOINT: z.url().optional(),
  MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  REDIS_PREFIX: z.string().min(1).max(100).default('ventory:'),
  PLATFORM_DOMAIN: z.string().min(1).default('localhost'),
  CART_RESERVATION_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  IDEMPOTENCY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SEED_DEMO: flag.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  TENANT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(6000),
  STOREFRONT_CACHE: z.enum(['on', 'refresh']).default('on'),
  TENANT_WRITE_SHARE: z.coerce.number().int().min(0).default(1),
  TENANT_WRITE_QUEUE_MS: z.coerce.number().int().positive().default(30_000),
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  LOGIN_FAILURES_PER_IP: z.coerce.number().int().positive().default(100),
  PASSWORD_HASH_MEMORY_KIB: z.coerce.number().int().min(1024).default(65_536),
  PASSWORD_HASH_ITERATIONS: z.coerce.number().int().min(1).default(3),
  JWT_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(30 * 24 * 3600),
  BODY_LIMIT: z.string().default('1mb'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z.string().optional(),
  RUN_JOBS: flag.default(true),
  API_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  NODE_ENV: z.string().optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Ventory Commerce <no-reply@ventory.localhost>'),
  DELIVERY_POLL_MS: z.coerce.number().int().positive().default(2000),
  DELIVERY_RETRY_BASE_MS: z.coerce.number().int().positive().default(30_000),
  WEBHOOK_ALLOW_PRIVATE: flag.default(false),
  VAPID_PUBLIC_KEY: z.string().min(20).optional(),
  VAPID_PRIVATE_KEY: z.string().min(20).optional(),
  VAPID_SUBJECT: z.string().min(5).optional(),
  EXPO_PUSH_URL: z.url().default('https://exp.host/--/api/v2/push/send'),
  EXPO_ACCESS_TOKEN: z.string().min(10).optional(),
  EXPO_RECEIPT_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(900),
  STRIPE_API_BASE: z.url().optional(),
  WEB_REVALIDATE_URL: z.url().optional(),
  REVALIDATE_SECRET: z.string().min(16).optional(),
  ADMIN_URL: z.url().default('http://localhost:3001'),
  STOREFRONT_URL: z
    .string()
    .regex(/^https?:\/\/[^/]*\{domain\}/, 'must be a URL with {domain}, e.g. https://{domain}')
    .default('https://{domain}'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(20_000),
  DNS_RESOLVER: z.string().optional(),
  DOMAIN_VERIFY_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(80),
  DOMAIN_VERIFY_ALLOW_PRIVATE: flag.default(false),
  DOMAIN_VERIFY_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
});

export type AppConfig = {
  port: number;
  databaseUrl?: string;
  /** A read replica for reports and analytics; reports read the primary when unset. */
  databaseReplicaUrl?: string;
  /**
   * The shared database pool and fairness on it: `poolSize` connections, of which each tenant is
   * guaranteed `tenantBudget` (default a quarter of the pool) and may borrow more while that many
   * stay free for the others; `dedicatedTenants` (high-traffic
   * stores' tenants) get a pool of their own of `dedicatedPoolSize`. See docs/fairness.md.
   */
  db: {
    poolSize: number;
    tenantBudget: number;
    /** How long a transaction may wait for its tenant's slot before a 503 (a flash sale's queue). */
    tenantQueueMs: number;
    dedicatedTenants: string[];
    dedicatedPoolSize: number;
    /** Parameterised statements prepared once per connection (prepared-statements.ts); on by default. */
    preparedStatements: boolean;
  };
  dataDir: string;
  /**
   * Uploaded images in an S3-compatible bucket (MEDIA_S3_*) instead of DATA_DIR/media. Keys of
   * its own, or the AWS default chain (environment, profile, instance role) when none are given.
   */
  mediaS3?: {
    bucket: string;
    prefix: string;
    region: string;
    /** An S3-compatible service's address (MinIO, R2, ...); AWS's own when unset. */
    endpoint?: string;
    credentials?: { accessKeyId: string; secretAccessKey: string };
  };
  redisUrl?: string;
  platformDomain: string;
  cartReservationTtlSeconds: number;
  /** How long a RUNNING Idempotency-Key survives its owner's last heartbeat (then a retry takes it over). */
  idempotencyLeaseSeconds: number;
  seedDemo: boolean;
  rateLimitPerMinute: number;
  tenantRateLimitPerMinute: number;
  /**
   * A tenant's storefront writes running at once in one process while it is saturated and other
   * tenants are active (`share`, 0: unlimited), and how long the others wait for a turn
   * (`queueMs`). docs/fairness.md.
   */
  tenantWrites: { share: number; queueMs: number };
  /**
   * `on`: storefront reads are answered from the cache when it holds them. `refresh`: every one is
   * read from the database and refreshes the cache, as a miss does (checking a page suspected
   * stale; measuring uncached reads, bench/storefront).
   */
  storefrontCache: 'on' | 'refresh';
  /** Failed logins one account may have in 15 minutes before it is locked (the lock doubles each time). */
  loginFailuresPerAccount: number;
  /** Failed logins, over all accounts, one address may have in 15 minutes. */
  loginFailuresPerIp: number;
  /**
   * argon2id's cost: 64 MiB and 3 passes by default (the library's, as OWASP recommends). Lower
   * only where no real password is kept: the test servers use the minimum, as Django's and
   * Rails' test settings do, since each hash at full cost takes a second of this machine's CPU.
   */
  passwordHashing: PasswordHashing;
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bodyLimit: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  corsOrigins: string[] | true;
  /** Run the job queue's workers in this process (the default); `npm run worker` runs them apart. */
  runJobs: boolean;
  /**
   * HTTP processes sharing the port (API_WORKERS). Unset: 1, or one per core in production
   * (NODE_ENV=production with DATABASE_URL and REDIS_URL). Above 1, Redis is required.
   */
  apiWorkers: number;
  /** Prefix for Redis keys and channels, so tests and several deployments can share one Redis. */
  redisPrefix: string;
  /** SMTP server for outgoing email (`smtp://user:pass@host:port`); none: emails are only logged. */
  smtpUrl?: string;
  mailFrom: string;
  /** How often the delivery worker looks for due emails, webhooks and events. */
  deliveryPollMs: number;
  /** First retry delay of a failed delivery; doubled on each further attempt. */
  deliveryRetryBaseMs: number;
  /** Allow webhook URLs on loopback/private addresses (tests, on-premises); off by default (SSRF). */
  webhookAllowPrivate: boolean;
  /** Web push (VAPID) keys; a pair is made per process when unset. */
  vapidPublicKey?: string;
  vapidPrivateKey?: string;
  vapidSubject?: string;
  /** Expo's push service (the mobile app's notifications); tests point it at a local server. */
  expoPush: { url: string; accessToken?: string; receiptDelaySeconds?: number };
  /** Where the Stripe SDK sends requests (tests point it at a local server); Stripe's own API when unset. */
  stripeApiBase?: string;
  /** The storefront's revalidation webhook (apps/web `/api/revalidate`); unset = not called. */
  webRevalidateUrl?: string;
  /** HMAC key shared with the storefront for that webhook. */
  revalidateSecret?: string;
  /** Base URL of the merchant admin app, for links in staff emails (invitations). */
  adminUrl: string;
  /** A store's shopper-facing address, `{domain}` filled in (links in emails). */
  storefrontUrl: string;
  /** GraphQL operations deeper or costlier than this are refused before they run. */
  graphqlLimits: { maxDepth: number; maxCost: number };
  /**
   * How custom domains are verified: DNS servers (`DNS_RESOLVER`, `host[:port]`, comma-separated;
   * the system's when unset), the port of the HTTP token check, whether that check may reach
   * private addresses (tests), and the timeout of each lookup/request.
   */
  domainVerification: { dnsServers: string[]; httpPort: number; allowPrivate: boolean; timeoutMs: number };
};

function mediaS3(e: z.infer<typeof EnvSchema>): AppConfig['mediaS3'] {
  if (!e.MEDIA_S3_BUCKET) return undefined;
  const [accessKeyId, secretAccessKey] = [e.MEDIA_S3_ACCESS_KEY_ID, e.MEDIA_S3_SECRET_ACCESS_KEY];
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error('Set both MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY, or neither');
  return {
    bucket: e.MEDIA_S3_BUCKET,
    prefix: e.MEDIA_S3_PREFIX,
    region: e.MEDIA_S3_REGION,
    endpoint: e.MEDIA_S3_ENDPOINT,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** Reads the environment once; every other module receives an AppConfig, never process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`REDIS_URL=`) means unset, as in most tools.
  const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    db: {
      poolSize: e.DB_POOL_SIZE,
      tenantBudget: e.DB_TENANT_BUDGET ?? Math.max(2, Math.floor(e.DB_POOL_SIZE / 4)),
      tenantQueueMs: e.DB_TENANT_QUEUE_MS,
      dedicatedTenants: parseTenantList(e.DB_DEDICATED_TENANTS),
      dedicatedPoolSize: e.DB_DEDICATED_POOL_SIZE,
      preparedStatements: e.DB_PREPARED_STATEMENTS,
    },
    dataDir: e.DATA_DIR,
    mediaS3: mediaS3(e),
    redisUrl: e.REDIS_URL,
    platformDomain: e.PLATFORM_DOMAIN,
    cartReservationTtlSeconds: e.CART_RESERVATION_TTL_SECONDS,
    idempotencyLeaseSeconds: e.IDEMPOTENCY_LEASE_SECONDS,
    seedDemo: e.SEED_DEMO,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    tenantRateLimitPerMinute: e.TENANT_RATE_LIMIT_PER_MINUTE,
    tenantWrites: { share: e.TENANT_WRITE_SHARE, queueMs: e.TENANT_WRITE_QUEUE_MS },
    storefrontCache: e.STOREFRONT_CACHE,
    loginFailuresPerAccount: e.LOGIN_FAILURES_PER_ACCOUNT,
    loginFailuresPerIp: e.LOGIN_FAILURES_PER_IP,
    passwordHashing: { memoryKib: e.PASSWORD_HASH_MEMORY_KIB, iterations: e.PASSWORD_HASH_ITERATIONS },
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    bodyLimit: e.BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((s) => s.trim()) : true,
    runJobs: e.RUN_JOBS,
    apiWorkers:
      e.API_WORKERS ??
      (e.NODE_ENV === 'production' && e.DATABASE_URL && e.REDIS_URL ? availableParallelism() : 1),
    redisPrefix: e.REDIS_PREFIX,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    deliveryPollMs: e.DELIVERY_POLL_MS,
    deliveryRetryBaseMs: e.DELIVERY_RETRY_BASE_MS,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
    vapidPublicKey: e.VAPID_PUBLIC_KEY,
    vapidPrivateKey: e.VAPID_PRIVATE_KEY,
    vapidSubject: e.VAPID_SUBJECT,
    expoPush: {
      url: e.EXPO_PUSH_URL,
      accessToken: e.EXPO_ACCESS_TOKEN,
      receiptDelaySeconds: e.EXPO_RECEIPT_DELAY_SECONDS,
    },
    stripeApiBase: e.STRIPE_API_BASE,
    webRevalidateUrl: e.WEB_REVALIDATE_URL,
    revalidateSecret: e.REVALIDATE_SECRET,
    adminUrl: e.ADMIN_URL,
    storefrontUrl: e.STOREFRONT_URL,
    graphqlLimits: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxCost: e.GRAPHQL_MAX_COST },
    domainVerification: {
      dnsServers: e.DNS_RESOLVER ? e.DNS_RESOLVER.split(',').map((s) => s.trim()) : [],
      httpPort: e.DOMAIN_VERIFY_HTTP_PORT,
      allowPrivate: e.DOMAIN_VERIFY_ALLOW_PRIVATE,
      timeoutMs: e.DOMAIN_VERIFY_TIMEOUT_MS,
    },
  };
}
