// PgBouncer (the Debian package) in transaction mode in front of two API processes, as
// docs/scaling.md describes: the APIs' DATABASE_URL points at PgBouncer, which runs every
// transaction on one of TWO server connections, so transactions of different tenants, shoppers and
// merchants take turns on the same two; the worker (the outbox relay's LISTEN, the job queue)
// connects to PostgreSQL directly. Whatever rode on a session (a tenant setting, a role, a lock,
// a statement prepared on the connection) would show up here as another tenant's rows, a
// permission error or an oversold unit. Skipped only without pgbouncer (.ci/run installs it).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { apiUrl, type Child, startChild } from './child-process.ts';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './database.ts';
import { anonymous } from './fixtures.ts';
import { freePort, waitForPort } from './ports.ts';
import { raceForTheLastUnits, stockChangeReachesStream } from './scale-out-checks.ts';
import { shop } from './shop.ts';

const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p)) ?? null;
const skip = PGBOUNCER ? false : 'pgbouncer is not installed (apt-get install -y pgbouncer; .ci/run does)';
/** Server connections per database and user: fewer than either API's pool, so they are shared. */
const SERVER_CONNECTIONS = 2;

let database: TestDatabase;
let bouncer: ChildProcess | null = null;
let bouncerPort = 0;
let dir = '';
let children: Child[] = [];
let a: { url: string };
let b: { url: string };

const bouncerLog = () => {
  try {
    return readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8');
  } catch {
    return '(no log)';
  }
};

/** PgBouncer's admin console (`SHOW …`), as the postgres user. */
async function admin<T extends pg.QueryResultRow>(command: string): Promise<T[]> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: bouncerPort,
    user: 'postgres',
    database: 'pgbouncer',
  });
  await client.connect();
  try {
    return (await client.query<T>(command)).rows;
  } finally {
    await client.end();
  }
}

async function startBouncer() {
  dir = mkdtempSync(path.join(tmpdir(), 'ventory-pgbouncer-'));
  // It drops to the postgres user when started as root, and writes its log and pid file here.
  chmodSync(dir, 0o777);
  bouncerPort = await freePort();
  writeFileSync(path.join(dir, 'users.txt'), '"postgres" ""\n');
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      '* = host=127.0.0.1 port=5432',
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${bouncerPort}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'admin_users = postgres',
      'pool_mode = transaction',
      `default_pool_size = ${SERVER_CONNECTIONS}`,
      'max_client_conn = 500',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  bouncer = spawn(
    PGBOUNCER as string,
    [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')],
    { stdio: 'ignore' },
  );
  await waitForPort(bouncerPort, bouncer, 'pgbouncer', bouncerLog);
}

before(async () => {
  if (skip) return;
  database = await createTestDatabase();
  await startBouncer();
  const throughBouncer = new URL(database.url);
  throughBouncer.port = String(bouncerPort);
  const env = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `test:${randomBytes(6).toString('hex')}:`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: '0',
  };
  // PgBouncer 1.18 (Debian 12) does not keep protocol-level prepared statements across server
  // connections (1.21 does, with max_prepared_statements): unnamed statements, as the docs say.
  const api = { ...env, DATABASE_URL: throughBouncer.toString(), DB_PREPARED_STATEMENTS: '0', RUN_JOBS: '0' };
  children = [
    startChild('main', api),
    startChild('main', api),
    startChild('worker', { ...env, DATABASE_URL: database.url }),
  ];
  const [first, second, worker] = children as [Child, Child, Child];
  [a, b] = [{ url: await apiUrl(first) }, { url: await apiUrl(second) }];
  await worker.waitFor(/Ventory worker running/);
});

after(async () => {
  await Promise.all(children.map((c) => c.stop()));
  if (bouncer && bouncer.exitCode === null) {
    const exited = new Promise((r) => bouncer?.once('exit', r));
    bouncer.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two API processes behind PgBouncer in transaction mode', { skip }, () => {
  test('two tenants, interleaved on two server connections, each see only their own', async () => {
    const [one, two] = [
      await shop(a, { price: '5.00', stock: 100 }),
      await shop(b, { price: '5.00', stock: 100 }),
    ];
    const before = await admin<{ database: string; total_xact_count: string }>('SHOW STATS');
    type Page = { data: Array<{ id: string }> };
    const reads = Array.from({ length: 40 }, async (_, i) => {
      const [s, other, api] = i % 2 ? [one, two, b] : [two, one, a];
      const shopper = anonymous(api);
      const [list, products, cart] = await Promise.all([
        shopper.call<Page>('GET', `${s.sf}/products?limit=${1 + i}`),
        s.client.call<Page>('GET', '/api/inventory/products'),
        shopper.raw<{ id: string; items: Array<{ listingId: string }> }>('POST', `${s.sf}/cart`, {
          items: [{ listingId: s.listing.id, quantity: 1 }],
        }),
      ]);
      assert.deepEqual(
        list.data.map((l) => l.id),
        [s.listing.id],
      );
      assert.deepEqual(
        products.data.map((p) => p.id),
        [s.product.id],
      );
      assert.equal(cart.status, 201, JSON.stringify(cart.body));
      assert.deepEqual(
        cart.body.items.map((l) => l.listingId),
        [s.listing.id],
      );
      // Another tenant's cart is not found, through either API.
      const theirs = await anonymous(api).raw('GET', `${other.sf}/cart/${cart.body.id}`);
      assert.equal(theirs.status, 404);
    });
    await Promise.all(reads);
    // The requests did go through PgBouncer (each round at least three transactions: the page, the
    // products, the cart), on no more server connections than its pool.
    const after = await admin<{ database: string; total_xact_count: string }>('SHOW STATS');
    const xacts = (rows: typeof before) =>
      Number(rows.find((r) => r.database === database.name)?.total_xact_count ?? 0);
    assert.ok(xacts(after) - xacts(before) >= 3 * 40, `${xacts(before)} → ${xacts(after)} transactions`);
    const servers = await admin<{ database: string }>('SHOW SERVERS');
    assert.ok(servers.filter((s) => s.database === database.name).length <= SERVER_CONNECTIONS);
  });

  test('30 shoppers across both APIs race for 10 units: exactly 10 orders, nothing oversold', () =>
    raceForTheLastUnits([a, b], 30));

  test('a stock change through API A reaches an SSE client of API B (the worker relays directly)', () =>
    stockChangeReachesStream(a, b));
});
