// Shared by the add-to-cart and fairness benchmarks: the real API (or a raw baseline server) as a
// child process, a merchant with a store and listed items made through the API, autocannon runs.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { VentoryClient } from '@ventory/sdk';
import autocannon from 'autocannon';
import pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));
export type Json = Record<string, unknown> & { id: string };

/**
 * Settles a data set just loaded, as a live database would have: planner statistics, and the GIN
 * indexes' pending lists merged. This machine's PostgreSQL runs with autovacuum off (its CI
 * configuration), so without this the planner guesses (for the add's pricing read it guessed a
 * scan of every listing per product), and every listing just inserted stays in the pending list
 * of the category, search and title indexes, which each category filter and search then reads
 * from end to end (a category's count: 0.13 ms merged, 0.77 ms pending, on 1,000 listings).
 * pgbench vacuums before it measures for the same reason. Every benchmark does this after loading.
 */
export async function settleFresh(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('vacuum (analyze)');
  } finally {
    await client.end();
  }
}

/** Starts `file` under tsx with `env`; resolves with the URL it prints (matched by `marker`). */
export function start(
  file: string,
  env: Record<string, string>,
  marker: RegExp,
): Promise<{ child: ChildProcess; url: string }> {
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") go to the API process only.
  const extra = file.includes('api-server')
    ? (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
    : [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', file], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = marker.exec(out);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}: ${out}`)));
  });
}

/** The API's environment for a benchmark: no demo data, rate limits out of the way. */
export const apiEnv = (databaseUrl: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `bench:${randomBytes(4).toString('hex')}:`,
  // API_WORKERS processes (default 1) share one port, so it cannot be picked by the OS.
  PORT: (process.env.API_WORKERS ?? '1') === '1' ? '0' : (process.env.BENCH_API_PORT ?? '4791'),
  LOG_LEVEL: 'silent',
  SEED_DEMO: '0',
  RATE_LIMIT_PER_MINUTE: '100000000',
  TENANT_RATE_LIMIT_PER_MINUTE: '100000000',
  JWT_SECRET: randomBytes(32).toString('hex'),
  ...extra,
});

/** A merchant signed up through the API with one store, a test-card method and `count` listed items. */
export async function shop(apiUrl: string, name: string, count: number, stock: number) {
  const anon = new VentoryClient({ baseUrl: apiUrl });
  const suffix = randomBytes(4).toString('hex');
  const session = await anon.auth.signup({
    tenantName: `${name} ${suffix}`,
    email: `owner-${suffix}@example.test`,
    password: 'correct horse battery',
  });
  const client = anon.as(session.accessToken);
  const store = await client.stores.create({ name, domain: `${name.toLowerCase()}-${suffix}.localhost` });
  const card = await client.call<Json>('POST', `/api/stores/${store.id}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const items: Array<{ productId: string; listingId: string }> = [];
  for (let i = 0; i < count; i += 10)
    items.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, count - i) }, async (_, j) => {
          const product = await client.call<Json>('POST', '/api/inventory/products', {
            sku: `${name}-${i + j}-${suffix}`,
            name: `${name} item ${i + j}`,
            price: '12.50',
            initialStock: stock,
          });
          const listing = await client.call<Json>('POST', `/api/stores/${store.id}/products`, {
            productId: product.id,
          });
          return { productId: product.id, listingId: listing.id };
        }),
      )),
    );
  return { anon, client, tenantId: session.tenant.id, store, card, items };
}

export type Run = { rps: number; p50: number; p99: number; errors: number; non2xx: number; total: number };

/** autocannon for `seconds` at `connections`, each request built by `next()`. */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  next: () => { method?: string; path: string; body?: string },
): Promise<Run> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = next();
          return {
            ...req,
            method: r.method ?? 'GET',
            path: r.path,
            body: r.body,
            headers: { 'content-type': 'application/json' },
          };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/**
 * autocannon's requests for a purchase loop: each connection adds one unit of `listingId()` to a
 * new cart, then checks that cart out with the test card (`onOrder` on each order placed).
 */
export function purchaseRequests(
  domain: string,
  listingId: () => string | undefined,
  cardId: string,
  onOrder: () => void = () => {},
) {
  const sf = `/api/storefront/${domain}`;
  const headers = { 'content-type': 'application/json' };
  const shippingAddress = {
    firstName: 'B',
    lastName: 'Uyer',
    line1: '1 Main St',
    city: 'Springfield',
    postalCode: '12345',
    country: 'US',
  };
  return [
    {
      method: 'POST' as const,
      headers,
      setupRequest: (req: Record<string, unknown>) => ({
        ...req,
        path: `${sf}/cart`,
        body: JSON.stringify({ items: [{ listingId: listingId(), quantity: 1 }] }),
      }),
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        context.cartId = status === 201 ? (JSON.parse(body) as Json).id : undefined;
      },
    },
    {
      method: 'POST' as const,
      headers,
      setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) =>
        context.cartId
          ? {
              ...req,
              path: `${sf}/checkout`,
              body: JSON.stringify({
                cartId: context.cartId,
                email: 'buyer@example.test',
                shippingAddress,
                payments: [{ paymentMethodId: cardId, token: 'tok_visa' }],
              }),
            }
          : undefined,
      onResponse: (status: number) => {
        if (status === 201) onOrder();
      },
    },
  ];
}
