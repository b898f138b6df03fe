import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { sql } from 'kysely';
import type { AppConfig } from './platform/config.ts';
import { startEmbeddedPostgres } from './platform/db/embedded.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import type { RouteDef } from './platform/http/route.ts';
import { createPlatform, type Platform } from './platform/platform.ts';
import { type App, createApp } from './server.ts';

export type RunningServer = {
  url: string;
  port: number;
  server: Server;
  platform: Platform;
  /** Every REST route the app mounted (for the OpenAPI and tenant-isolation suites). */
  routes: RouteDef[];
  /** The built app and its modules (tests reach module services and hooks through it). */
  app: App;
  close(): Promise<void>;
};

/** The signing secret: JWT_SECRET, else one kept in DATA_DIR so tokens survive a restart. */
async function signingSecret(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.resolve(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** The database URL: DATABASE_URL, else the embedded server in DATA_DIR (started here). */
export async function databaseUrl(config: AppConfig, log: (m: string) => void) {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(
    `DATABASE_URL is not set: starting the embedded PostgreSQL in ${path.resolve(config.dataDir, 'pg')} on port ${port}`,
  );
  return startEmbeddedPostgres(config.dataDir, port, log);
}

/**
 * Requests drop to `ventory_app`, but jobs (outbox relay, sweeps, reconciliation) and login read
 * across tenants as the connecting role. Under FORCE ROW LEVEL SECURITY that role must be a
 * superuser or have BYPASSRLS, or those paths silently see nothing: say so loudly at start.
 */
async function warnIfOwnerCannotBypassRls(platform: Platform) {
  const role = await sql<{ ok: boolean }>`
    select rolsuper or rolbypassrls as ok from pg_roles where rolname = current_user`.execute(
    platform.db.kysely,
  );
  if (!role.rows[0]?.ok) {
    platform.logger.warn(
      'the DATABASE_URL role has neither SUPERUSER nor BYPASSRLS: background jobs cannot see tenant rows (ALTER ROLE … BYPASSRLS)',
    );
  }
}

/**
 * Starts the whole API: database (embedded when needed), migrations, optional demo seed, HTTP.
 * SIGTERM handling lives in main.ts; tests call `close()`.
 */
export async function startServer(
  config: AppConfig,
  options: { seed?: (platform: Platform, url: string) => Promise<void>; jwtSecret?: string } = {},
): Promise<RunningServer> {
  const database = await databaseUrl(config, (m) => console.log(m));
  const platform = createPlatform({
    ...config,
    databaseUrl: database.url,
    jwtSecret: options.jwtSecret ?? (await signingSecret(config)),
  });
  await Promise.all([migrateToLatest(platform.db.kysely), platform.connect()]);
  await warnIfOwnerCannotBypassRls(platform);
  const app = await createApp(platform);
  if (config.runJobs) await platform.jobRunner.start();
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(app.listener);
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is in use: stop what listens there, or set PORT to another port`)
          : err,
      ),
    );
    s.listen(config.port, '0.0.0.0', () => resolve(s));
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  if (options.seed) await options.seed(platform, url);
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    server,
    platform,
    routes: app.routes,
    app,
    close() {
      closing ??= (async () => {
        // Stop accepting, let in-flight requests finish, then release the pool and Redis.
        app.closeStreams();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Connections become idle as their last response ends; close them as they do.
          const sweep = setInterval(() => server.closeIdleConnections(), 50);
          server.once('close', () => clearInterval(sweep));
          server.closeIdleConnections();
        });
        await app.stop();
        await platform.close();
        await database.stop();
      })();
      return closing;
    },
  };
}
