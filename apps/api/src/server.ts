import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import proxyAddr from 'proxy-addr';
import { buildModules, type Modules } from './composition/index.ts';
import { buildContext, type GraphQLRuntime } from './graphql/context.ts';
import { graphqlRateLimit, tenantLimitError } from './graphql/limits.ts';
import { createApolloServer } from './graphql/schema.ts';
import { mountDocs } from './platform/http/docs.ts';
import { answerHeldReads } from './platform/http/held-reads.ts';
import { rejectHostileInput } from './platform/http/input-guard.ts';
import { routeRequests } from './platform/http/mount.ts';
import { buildOpenApiDocument } from './platform/http/openapi.ts';
import { notFoundRoute, problemMiddleware, sendProblem } from './platform/http/problem.ts';
import type { RouteDef } from './platform/http/route.ts';
import { createTenantWriteShare } from './platform/http/tenant-write-share.ts';
import type { Platform } from './platform/platform.ts';

export type App = {
  app: Express;
  /** The server's request listener: storefront reads this process holds in its cache, else the app. */
  listener: RequestListener;
  routes: RouteDef[];
  modules: Modules;
  closeStreams(): void;
  stop(): Promise<void>;
};

/** The composition root: builds the HTTP app (REST, GraphQL, docs, health) on a platform. */
export async function createApp(platform: Platform): Promise<App> {
  const { config, logger, db, kv, limiters } = platform;
  const modules = buildModules(platform);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  // Every reply carries a request id (the client's X-Request-Id or a new one), which the access log,
  // problem replies and the audit trail quote. The access log itself is at `info`: above that level
  // pino-http is not used at all, since it costs a child logger and its listeners per request.
  const requestId = (req: IncomingMessage, res: ServerResponse) => {
    const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.setHeader('X-Request-Id', id);
    return id;
  };
  const accessLog = logger.isLevelEnabled('info')
    ? pinoHttp({
        logger,
        genReqId: requestId,
        autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
        // A gift-card code in a path is a bearer credit: the access log keeps only its last 4.
        serializers: {
          req: (req: { url?: string }) => {
            if (req.url) req.url = req.url.replace(/(\/gift-cards\/)[^/?]*?([^/?]{0,4})(?=[/?]|$)/i, '$1…$2');
            return req;
          },
        },
      })
    : undefined;
  // Which of the API_WORKERS processes answered, for operators following a request.
  const processId = cluster.worker?.id;
  const securityHeaders = helmet({ contentSecurityPolicy: { useDefaults: true } });
  /** What every reply gets first: its request id (and access-log line), the process, helmet's headers. */
  const stamp = (req: IncomingMessage, res: ServerResponse) => {
    if (accessLog) accessLog(req, res);
    else req.id = requestId(req, res);
    if (processId !== undefined) res.setHeader('X-Api-Process', String(processId));
    securityHeaders(req, res, () => {});
  };
  // CORS stays a middleware of its own in the app: it ends a preflight without going on.
  const corsHeaders = cors({
    origin: config.corsOrigins,
    exposedHeaders: ['Location', 'ETag', 'Retry-After', 'X-Request-Id'],
  });
  app.use((req, res, next) => {
    stamp(req, res);
    next();
  });
  app.use(corsHeaders);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness is the database: without it nothing works. Redis is a cache and a limiter that the
  // API runs without (database reads, in-process limits), so its loss is reported as `degraded`
  // with 200: failing readiness would make a load balancer pull every instance at once and turn
  // a degraded service into an outage. Monitoring alerts on `redis: false`.
  app.get('/ready', async (_req, res) => {
    const dbOk = await db.kysely
      .selectNoFrom((eb) => eb.lit(1).as('ok'))
      .execute()
      .then(() => true)
      .catch(() => false);
    const redisOk = platform.redis ? await kv.ping() : true;
    const checks = { database: dbOk, redis: platform.redis ? redisOk : 'not configured' };
    if (dbOk && redisOk) {
      res.json({ status: 'ready', ...checks });
      return;
    }
    // The contract: 503 unless the database and a configured Redis answer (problem+json). Without
    // Redis alone the API still serves, degraded (no cache, in-process limits; docs/redis.md).
    res.setHeader('Retry-After', '2');
    sendProblem(res, {
      type: 'https://docs.ventory.dev/problems/not-ready',
      title: 'Service unavailable',
      status: 503,
      detail: dbOk
        ? 'Degraded: Redis cannot be reached (requests are still served, without cache, with in-process limits)'
        : `Not ready: ${redisOk ? 'the database' : 'the database and Redis'} cannot be reached`,
      code: 'NOT_READY',
      ...checks,
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
  app.use(rejectHostileInput);

  const openapi = buildOpenApiDocument(modules.routes);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  mountDocs(app);

  // Writes invalidate the storefront cache (reads are served from it by the route runner).
  app.use(modules.catalog.cache.invalidateOnWrite);

  const writeShare =
    config.tenantWrites.share > 0
      ? createTenantWriteShare({ share: config.tenantWrites.share, maxWaitMs: config.tenantWrites.queueMs })
      : undefined;
  // What REST's route runner and GraphQL's context both run requests with.
  const runtime: GraphQLRuntime = {
    db,
    access: modules.adminAccess,
    resolveStore: (hostname) => modules.resolver.resolve(hostname),
    writeShare,
  };
  app.use(
    routeRequests(modules.routes, {
      ...runtime,
      limitTenant: (tenantId) => limiters.perTenant.consume(tenantId),
      idempotencyLeaseSeconds: config.idempotencyLeaseSeconds,
      storefrontCache: modules.catalog.cache,
    }),
  );

  const apollo = createApolloServer(modules.graphql, logger, config.graphqlLimits);
  await apollo.start();
  // GraphQL spends the same budgets as REST: the client's IP here, the admin's tenant below.
  app.use('/graphql', graphqlRateLimit(limiters.perIp));
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const [scheme, token] = (req.headers.authorization ?? '').split(' ');
        const auth =
          scheme?.toLowerCase() === 'bearer' && token
            ? await modules.adminAccess.authenticate(token).catch(() => {
                throw new GraphQLError('Invalid access token', {
                  extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
                });
              })
            : null;
        if (auth?.kind === 'admin')
          await limiters.perTenant.consume(auth.tenantId).catch((err: unknown) => {
            throw tenantLimitError(err);
          });
        return buildContext(runtime, auth, {
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
          requestId: (req as typeof req & { id?: unknown }).id?.toString() ?? null,
        });
      },
    }),
  );

  app.use(notFoundRoute);
  app.use(problemMiddleware(logger));

  const listener = answerHeldReads(modules.routes, {
    cache: modules.catalog.cache,
    knownStore: (hostname) => modules.resolver.knownHere(hostname),
    commonHeaders(req, res) {
      stamp(req, res);
      corsHeaders(req, res, () => {});
    },
    // The address Express gives as `req.ip` (behind a trusted proxy, its X-Forwarded-For).
    spend: (req) => limiters.perIp.consume(proxyAddr(req, app.get('trust proxy fn')) || 'unknown'),
    seen: (tenantId) => writeShare?.seen(tenantId),
    app,
  });

  return {
    app,
    listener,
    routes: modules.routes,
    modules,
    closeStreams: modules.closeStreams,
    async stop() {
      writeShare?.close();
      await apollo.stop();
      await modules.stop();
    },
  };
}
