import { z } from 'zod';

const flag = z.enum(['0', '1']).transform((v) => v === '1');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: z.string().min(1).optional(),
  PLATFORM_DOMAIN: z.string().min(1).default('localhost'),
  CART_RESERVATION_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  IDEMPOTENCY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SEED_DEMO: flag.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  TENANT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(6000),
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
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Ventory Commerce <no-reply@ventory.localhost>'),
  DELIVERY_POLL_MS: z.coerce.number().int().positive().default(2000),
  DELIVERY_RETRY_BASE_MS: z.coerce.number().int().positive().default(30_000),
  WEBHOOK_ALLOW_PRIVATE: flag.default(false),
  VAPID_PUBLIC_KEY: z.string().min(20).optional(),
  VAPID_PRIVATE_KEY: z.string().min(20).optional(),
  VAPID_SUBJECT: z.string().min(5).optional(),
  STRIPE_API_BASE: z.url().optional(),
  WEB_REVALIDATE_URL: z.url().optional(),
  REVALIDATE_SECRET: z.string().min(16).optional(),
  ADMIN_URL: z.url().default('http://localhost:3001'),
});

export type AppConfig = {
  port: number;
  databaseUrl?: string;
  /** A read replica for reports and analytics; reports read the primary when unset. */
  databaseReplicaUrl?: string;
  dataDir: string;
  redisUrl?: string;
  platformDomain: string;
  cartReservationTtlSeconds: number;
  /** How long a RUNNING Idempotency-Key survives its owner's last heartbeat (then a retry takes it over). */
  idempotencyLeaseSeconds: number;
  seedDemo: boolean;
  rateLimitPerMinute: number;
  tenantRateLimitPerMinute: number;
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bodyLimit: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  corsOrigins: string[] | true;
  /** Run the job queue's workers in this process (the default); `npm run worker` runs them apart. */
  runJobs: boolean;
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
  /** Where the Stripe SDK sends requests (tests point it at a local server); Stripe's own API when unset. */
  stripeApiBase?: string;
  /** The storefront's revalidation webhook (apps/web `/api/revalidate`); unset = not called. */
  webRevalidateUrl?: string;
  /** HMAC key shared with the storefront for that webhook. */
  revalidateSecret?: string;
  /** Base URL of the merchant admin app, for links in staff emails (invitations). */
  adminUrl: string;
};

/** Reads the environment once; every other module receives an AppConfig, never process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`REDIS_URL=`) means unset, as in most tools.
  const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    dataDir: e.DATA_DIR,
    redisUrl: e.REDIS_URL,
    platformDomain: e.PLATFORM_DOMAIN,
    cartReservationTtlSeconds: e.CART_RESERVATION_TTL_SECONDS,
    idempotencyLeaseSeconds: e.IDEMPOTENCY_LEASE_SECONDS,
    seedDemo: e.SEED_DEMO,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    tenantRateLimitPerMinute: e.TENANT_RATE_LIMIT_PER_MINUTE,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    bodyLimit: e.BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((s) => s.trim()) : true,
    runJobs: e.RUN_JOBS,
    redisPrefix: 'ventory:',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    deliveryPollMs: e.DELIVERY_POLL_MS,
    deliveryRetryBaseMs: e.DELIVERY_RETRY_BASE_MS,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
    vapidPublicKey: e.VAPID_PUBLIC_KEY,
    vapidPrivateKey: e.VAPID_PRIVATE_KEY,
    vapidSubject: e.VAPID_SUBJECT,
    stripeApiBase: e.STRIPE_API_BASE,
    webRevalidateUrl: e.WEB_REVALIDATE_URL,
    revalidateSecret: e.REVALIDATE_SECRET,
    adminUrl: e.ADMIN_URL,
  };
}
