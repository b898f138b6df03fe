// Boots the whole stack for browser tests and scripts: the real API (fresh test database on the
// real PostgreSQL) and the built storefront (`next start`) pointed at it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VentoryClient } from '@ventory/sdk';
import { startDnsServer, type TestDnsServer } from '../../api/test/dns-server.ts';
import { startTestServer, type TestServer } from '../../api/test/server.ts';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The workspace packages the storefront is built from: a change in any makes the build stale.
const PACKAGE_DIRS = ['sdk', 'ui', 'shop-core'].map((p) => path.resolve(WEB_DIR, `../../packages/${p}/src`));
const NEXT_BIN = path.join(WEB_DIR, 'node_modules/next/dist/bin/next');
const nextBin = () =>
  existsSync(NEXT_BIN) ? NEXT_BIN : path.resolve(WEB_DIR, '../../node_modules/next/dist/bin/next');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The newest modification time among an app's (or package's) source files. */
export function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    // Not sources: what tests and tools write beside them, such as the in-process API's `.data`
    // (uploads, push keys) and the type check's incremental state. Counted, they made later test
    // files rebuild the app (five extra builds, ~5 minutes, in one CI run).
    if (
      name.startsWith('.') ||
      ['node_modules', 'test', 'scripts', 'public'].includes(name) ||
      name.endsWith('.tsbuildinfo')
    )
      continue;
    const full = path.join(dir, name);
    const st = statSync(full);
    newest = Math.max(newest, st.isDirectory() ? newestSource(full) : st.mtimeMs);
  }
  return newest;
}

/** Builds the app once: again only when a source file is newer than the last build. */
export function ensureBuild(): void {
  const id = path.join(WEB_DIR, '.next', 'BUILD_ID');
  const fresh =
    existsSync(id) &&
    statSync(id).mtimeMs > Math.max(newestSource(WEB_DIR), ...PACKAGE_DIRS.map(newestSource));
  if (fresh && process.env.WEB_TEST_REBUILD !== '1') return;
  const res = spawnSync(process.execPath, [nextBin(), 'build'], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`next build failed (${res.status})`);
}

/**
 * A free port for a server that binds it seconds later (`next start`), taken below the kernel's
 * ephemeral range (32768 and up on Linux). A port from listen(0) is in that range, so meanwhile
 * the kernel could hand it to an outgoing connection or another listen(0) of the parallel suites:
 * `next start` then failed with EADDRINUSE, and the tests talked to whatever held the port.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      // No host: the dual-stack address `next start` binds.
      srv.listen(port, () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

export type HttpResult = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request to the web app as a given Host (node's fetch will not send a custom Host header). */
export function request(
  port: number,
  host: string,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { ...options.headers, host: `${host}:${port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export type Web = { port: number; url: (host: string, p?: string) => string; stop: () => Promise<void> };

/** `next start` on a free port against `apiUrl`; stopped by process group (next leaves a child). */
export async function startWeb(
  apiUrl: string,
  env: Record<string, string> = {},
  given?: number,
): Promise<Web> {
  const port = given ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [nextBin(), 'start', '-p', String(port)], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', API_URL: apiUrl, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await request(port, 'localhost', '/robots.txt');
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('next start did not come up');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    port,
    url: (host, p = '/') => `http://${host}:${port}${p}`,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    },
  };
}

export type Stack = {
  api: TestServer;
  web: Web;
  admin: VentoryClient;
  revalidateSecret: string;
  /** The DNS server the API verifies custom domains against (tests add TXT records to its zone). */
  dns: TestDnsServer;
  /** Claims `hostname` for the store and proves control with a TXT record, as a merchant would. */
  verifyDomain: (client: VentoryClient, storeId: string, hostname: string) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * `webEnv`: extra environment for the storefront (the admin's tests set ADMIN_ORIGIN); `onApi`: called
 * once the API answers, before the storefront starts (the admin's harness starts its app there).
 */
export async function startStack(
  options: { webEnv?: Record<string, string>; onApi?: (apiUrl: string) => void } = {},
): Promise<Stack> {
  ensureBuild();
  const revalidateSecret = randomBytes(16).toString('hex');
  const webPort = await freePort();
  // The API tells the storefront about catalog/store events (ISR revalidation), as in production.
  const dns = await startDnsServer();
  const api = await startTestServer({
    webRevalidateUrl: `http://127.0.0.1:${webPort}/api/revalidate`,
    revalidateSecret,
    storefrontUrl: `http://{domain}:${webPort}`,
    domainVerification: { dnsServers: [dns.address], httpPort: 9, allowPrivate: false, timeoutMs: 1000 },
    // The tests' push service and webhook receivers listen on 127.0.0.1.
    webhookAllowPrivate: true,
    deliveryPollMs: 100,
  });
  options.onApi?.(api.url);
  const web = await startWeb(api.url, { REVALIDATE_SECRET: revalidateSecret, ...options.webEnv }, webPort);
  const admin = new VentoryClient({ baseUrl: api.url });
  return {
    api,
    web,
    admin,
    revalidateSecret,
    dns,
    verifyDomain: async (client, storeId, hostname) => {
      const domain = await client.call<{ verification: { dns: { name: string; value: string } } }>(
        'POST',
        `/api/stores/${storeId}/domains`,
        { hostname },
      );
      dns.zone.set(domain.verification.dns.name, { TXT: [domain.verification.dns.value] });
      await client.call('POST', `/api/stores/${storeId}/domains/${hostname}/verify`);
    },
    stop: async () => {
      await web.stop();
      await api.close();
      await dns.close();
    },
  };
}

export const suffix = () => randomBytes(3).toString('hex');

/** Polls `check` until it answers truthy (and returns that), or fails with `what` after `ms`. */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  ms = 20_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
