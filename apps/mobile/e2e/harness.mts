// Boots what the app's browser tests need: the real API with the demo stores (scripts/api-stack.mts,
// a fresh database) and the app's web export served once per demo store (scripts/serve-web.mjs,
// the store and API given at serve time). The export is rebuilt only when a source is newer.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Order, VentoryClient } from '@ventory/sdk';
// @ts-expect-error: a plain ES module without types
import { serve } from '../scripts/serve-web.mjs';

/** Debian's Chromium, headless, and nothing it may fetch on its own. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
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
/** A phone: 390x844, touch, as the app's browser tests and screenshots use. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

const APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(APP, '../..');
const DIST = path.join(APP, 'dist');
const SOURCES = [
  'app',
  'src',
  'app.config.ts',
  '../../packages/ui/src',
  '../../packages/shop-core/src',
  '../../packages/sdk/src',
];

function newest(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((n) => newest(path.join(p, n))));
}

/** `expo export --platform web` unless dist/ is newer than every source (MOBILE_REBUILD=1 forces). */
export function ensureExport(): void {
  const index = path.join(DIST, 'index.html');
  const fresh =
    existsSync(index) && statSync(index).mtimeMs > Math.max(...SOURCES.map((s) => newest(path.join(APP, s))));
  if (fresh && process.env.MOBILE_REBUILD !== '1') return;
  const res = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/expo/bin/cli'), 'export', '--platform', 'web', '--output-dir', 'dist'],
    {
      cwd: APP,
      env: { ...process.env, CI: '1', EXPO_OFFLINE: '1', EXPO_NO_TELEMETRY: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (res.status !== 0) throw new Error(`expo export failed (${res.status})`);
}

async function startApi(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api-stack.mts'], {
    cwd: APP,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c) => {
      out += c;
      const m = /READY api=(\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code}):\n${out}`)));
  });
  return { url, child };
}

export type Harness = {
  apiUrl: string;
  url: (storeDomain: string, p?: string) => string;
  orderByNumber: (storeDomain: string, orderNumber: string) => Promise<Order>;
  /** Ships every line of the order, as the store's staff would (the owner's API). */
  fulfillOrder: (storeDomain: string, orderNumber: string) => Promise<void>;
  screenshot: (name: string) => string;
  stop: () => Promise<void>;
};

const OWNERS: Record<string, string> = {
  'northwind.localhost': 'owner@northwind.demo',
  'copperleaf.localhost': 'owner@copperleaf.demo',
};

export async function startHarness(): Promise<Harness> {
  ensureExport();
  const api = await startApi();
  const servers = new Map<string, { port: number; close: () => void }>();
  for (const storeDomain of Object.keys(OWNERS)) {
    const server = await serve(DIST, 0, { apiUrl: api.url, storeDomain });
    servers.set(storeDomain, { port: (server.address() as AddressInfo).port, close: () => server.close() });
  }
  const client = new VentoryClient({ baseUrl: api.url });
  const owner = async (d: string) => {
    const session = await client.auth.login({ email: OWNERS[d] as string, password: 'demo-password' });
    const staff = client.as(session.accessToken);
    const store = (await staff.stores.list()).data.find((s) => s.domain === d);
    return { staff, storeId: store?.id as string };
  };
  const orderByNumber = async (d: string, orderNumber: string) => {
    const { staff, storeId } = await owner(d);
    const orders = await staff.commerce.orders.list(storeId, '?limit=100');
    const found = orders.data.find((o) => o.orderNumber === orderNumber);
    if (!found) throw new Error(`order ${orderNumber} not found`);
    return found;
  };
  return {
    apiUrl: api.url,
    url: (d, p = '/') => `http://localhost:${servers.get(d)?.port}${p}`,
    orderByNumber,
    async fulfillOrder(d, orderNumber) {
      const { staff, storeId } = await owner(d);
      await staff.fulfillment.fulfill(storeId, (await orderByNumber(d, orderNumber)).id);
    },
    screenshot: (name) => path.join(ROOT, 'docs/screenshots', name),
    async stop() {
      for (const s of servers.values()) s.close();
      const exited = new Promise((r) => api.child.once('exit', r));
      api.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    },
  };
}
