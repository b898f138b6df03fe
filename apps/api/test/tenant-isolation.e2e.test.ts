import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { RouteDef } from '../src/platform/http/route.ts';
import { newMerchantWithStore } from './fixtures.ts';

type TestClient = Awaited<ReturnType<typeof newMerchantWithStore>>['client'];

import { populateTenant } from './populate.ts';
import { startTestServer, type TestServer } from './server.ts';

/**
 * Walks every registered route that takes an id and calls it as tenant A with tenant B's ids.
 * Each must answer 404 (or 400 for a body refused before any lookup), show none of B's data,
 * and leave B's rows exactly as they were. New routes are covered without touching this file.
 */
let server: TestServer;
before(async () => {
  server = await startTestServer({ rateLimitPerMinute: 1_000_000, tenantRateLimitPerMinute: 1_000_000 });
});
after(() => server.close());

const IDENTIFYING_COLUMNS = ['id', 'slug', 'code', 'order_number', 'sku', 'hostname'];

/** Every identifying value of tenant B's rows, by table, read as the owner. */
async function valuesOfTenant(tenantId: string): Promise<Map<string, string[]>> {
  return server.platform.db.withPlatform(async (tx) => {
    const columns = await sql<{ table: string; column: string }>`
      select table_name as table, column_name as column from information_schema.columns
      where table_schema = 'public' and column_name = any(${IDENTIFYING_COLUMNS})
        and table_name in (select table_name from information_schema.columns
                           where table_schema = 'public' and column_name = 'tenant_id')`.execute(tx);
    const byTable = new Map<string, string[]>();
    for (const { table, column } of columns.rows) {
      const rows = await sql<{ v: string }>`select ${sql.ref(column)}::text as v from ${sql.table(table)}
        where tenant_id = ${tenantId} and ${sql.ref(column)} is not null`.execute(tx);
      const values = rows.rows.map((r) => r.v).filter((v) => v.length >= 6);
      byTable.set(table, [...(byTable.get(table) ?? []), ...values]);
    }
    return byTable;
  });
}

/** A digest of all of a tenant's rows: any change to B's data by A's requests shows here. */
async function snapshotOfTenant(tenantId: string) {
  return server.platform.db.withPlatform(async (tx) => {
    const tables = await sql<{ table: string }>`select table_name as table from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id' order by 1`.execute(tx);
    const digest: Record<string, string | null> = {};
    for (const { table } of tables.rows) {
      if (table === 'outbox_events' || table === 'idempotency_keys') continue;
      const r = await sql<{ d: string | null }>`select md5(string_agg(t::text, '|' order by t::text)) as d
        from ${sql.table(table)} t where tenant_id = ${tenantId}`.execute(tx);
      digest[table] = r.rows[0]?.d ?? null;
    }
    return digest;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const paramsOf = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
/** Id-like params (`id`, `storeId`, `itemId`…) take B's UUIDs; the others (slug, code…) B's other values. */
const fits = (param: string, value: string) =>
  param === 'id' || param.endsWith('Id') ? UUID.test(value) : !UUID.test(value);

/**
 * B's values worth trying in a route: those of the tables named like the path segment before the
 * last parameter (`/addresses/:id` → `customer_addresses`), or a sample of all when none match.
 * Trying every value on every route would be thorough but slow; this keeps the walk to minutes.
 */
function candidatesFor(def: RouteDef, byTable: Map<string, string[]>): string[] {
  const segments = def.spec.path.split('/').filter((s) => s && !s.startsWith(':'));
  const stem = (segments.at(-1) ?? '').replace(/-/g, '_').replace(/(ies|es|s)$/, '');
  const matching = [...byTable]
    .filter(([table]) => stem.length > 2 && table.includes(stem))
    .flatMap(([, v]) => v);
  const all = [...byTable.values()].flat();
  const pool = matching.length > 0 ? matching : all.filter((_v, i) => i % Math.ceil(all.length / 12) === 0);
  return [...new Set([...pool, ...(byTable.get('stores') ?? [])])];
}

/** The paths to try for one foreign value: all params foreign, and A's own store with B's other ids. */
function pathsFor(def: RouteDef, value: string, own: { id: string; domain: string }): string[] {
  const params = paramsOf(def.spec.path).filter((p) => p !== 'domain');
  const fill = (ownStore: boolean) => {
    let foreignUsed = false;
    const path = def.spec.path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
      if (name === 'domain') return encodeURIComponent(own.domain);
      if (name === 'storeId' && ownStore) return own.id;
      if (!fits(name, value))
        return name === 'id' || name.endsWith('Id') ? crypto.randomUUID() : 'unknown-value';
      foreignUsed = true;
      return encodeURIComponent(value);
    });
    return foreignUsed ? path : null;
  };
  const ownStoreVariant = params.includes('storeId') && params.length > 1 ? fill(true) : null;
  return [fill(false), ownStoreVariant].filter((p): p is string => p !== null);
}

/**
 * B's order starts background consumers (fulfilment queue, counters, emails, catalog facts); the
 * walk compares B's rows before and after, so it starts from a state that has stopped moving.
 */
async function settledSnapshot(tenantId: string) {
  let previous = await snapshotOfTenant(tenantId);
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const next = await snapshotOfTenant(tenantId);
    if (JSON.stringify(next) === JSON.stringify(previous)) return next;
    previous = next;
  }
  throw new Error("tenant B's rows kept changing for 30 s");
}

/** A shopper of A's store, so storefront account routes get past authentication to the lookup. */
async function shopperOf(client: TestClient, domain: string) {
  const res = await client.raw(
    'POST',
    `/api/storefront/${domain}/customers`,
    {
      email: `walker-${Date.now()}@example.test`,
      password: 'walker-password',
      firstName: 'Walker',
      lastName: 'A',
    },
    { token: null },
  );
  return res.status === 201 ? (res.body as { accessToken: string }).accessToken : null;
}

test('no route lets tenant A reach tenant B by id', async () => {
  const a = await newMerchantWithStore(server, 'A');
  const b = await newMerchantWithStore(server, 'B');
  await populateTenant(b.client, b.store);
  const byTable = await valuesOfTenant(b.tenantId);
  const foreign = [...new Set([...byTable.values()].flat())];
  assert.ok(foreign.includes(b.store.id));
  const before = await settledSnapshot(b.tenantId);
  const shopperToken = await shopperOf(a.client, a.store.domain);

  const withIds = server.routes.filter((r) => /:(?!domain\b)[A-Za-z]+/.test(r.spec.path));
  assert.ok(withIds.length > 0);
  const failures: string[] = [];
  let calls = 0;
  for (const def of withIds) {
    const token =
      def.access === 'admin' ? a.session.accessToken : def.access === 'storefront' ? shopperToken : null;
    for (const value of candidatesFor(def, byTable)) {
      for (const path of pathsFor(def, value, a.store)) {
        const body = def.spec.method === 'get' || def.spec.method === 'delete' ? undefined : {};
        const res = await a.client.raw(def.spec.method.toUpperCase(), path, body, { token });
        calls++;
        const text = JSON.stringify(res.body);
        const leaked = foreign.find((v) => text.includes(v));
        // 400 is refused input, decided before any lookup (a body, a query, a key that is not one):
        // it reveals nothing. A GET by ids alone must be a plain 404.
        const idsOnly = paramsOf(def.spec.path).every(
          (p) => p === 'domain' || p === 'id' || p.endsWith('Id'),
        );
        const okStatus =
          res.status === 404 || (res.status === 400 && !(def.spec.method === 'get' && idsOnly));
        if (!okStatus || leaked)
          failures.push(
            `${def.spec.method.toUpperCase()} ${path} → ${res.status}${leaked ? ` leaked ${leaked}` : ''}`,
          );
      }
    }
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${calls} calls failed`);
  assert.deepEqual(await snapshotOfTenant(b.tenantId), before, "tenant B's rows changed");
});
