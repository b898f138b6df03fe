import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** Reads the test database directly as its owner (what a leaked dump would show). */
async function sqlRows<T extends pg.QueryResultRow>(text: string) {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

type Key = { id: string; key: string; prefix: string; scopes: string[]; lastUsedAt: string | null };
type AuditEntry = {
  seq: number;
  actor: { type: string; userId: string; apiKeyId: string | null };
  action: string;
  method: string;
  path: string;
  storeId: string | null;
  targetId: string | null;
  status: number;
  ip: string | null;
  userAgent: string | null;
};
type AuditPage = { data: AuditEntry[]; nextBefore: number | null };

describe('API keys', () => {
  test('a key works as a bearer credential, within its scopes, until revoked; its secret is shown once', async () => {
    const m = await newMerchantWithStore(server);
    const created = await m.client.raw<Key>('POST', '/api/api-keys', {
      name: 'ERP sync',
      scopes: ['inventory.write', 'catalog.write'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const key = created.body;
    assert.match(key.key, /^vk_live_[A-Za-z0-9_-]{43}$/);
    assert.ok(key.key.startsWith(key.prefix));
    assert.equal(key.lastUsedAt, null);

    // Never shown again, and not stored in the clear.
    const listed = await m.client.call<{ data: Array<Record<string, unknown>> }>('GET', '/api/api-keys');
    assert.equal(listed.data.length, 1);
    assert.equal(JSON.stringify(listed).includes(key.key), false);
    const stored = await sqlRows<{ secret_hash: string }>('select secret_hash from api_keys');
    assert.equal(stored[0]?.secret_hash.includes(key.key.slice(8)), false);
    assert.match(stored[0]?.secret_hash ?? '', /^[0-9a-f]{64}$/);

    const integration = anonymous(server).as(key.key);
    // In scope: create an inventory product; reads are open.
    const product = await integration.raw<{ id: string }>('POST', '/api/inventory/products', {
      sku: `SKU-${randomBytes(3).toString('hex')}`,
      name: 'Synced',
      price: '3.00',
    });
    assert.equal(product.status, 201, JSON.stringify(product.body));
    assert.equal((await integration.raw('GET', `/api/stores/${m.store.id}`)).status, 200);
    // Out of scope: refunds, gift cards, API keys, staff.
    for (const [method, path, body] of [
      ['POST', `/api/stores/${m.store.id}/gift-cards`, { initialBalance: '500.00' }],
      ['POST', '/api/api-keys', { name: 'escalate', scopes: ['staff.manage'] }],
      ['POST', '/api/invitations', { email: 'x@example.test', role: 'ADMIN' }],
    ] as const) {
      const denied = await integration.raw(method, path, body);
      assert.equal(denied.status, 403, `${method} ${path}`);
    }
    const seen = await m.client.call<Key>('GET', `/api/api-keys/${key.id}`);
    assert.ok(seen.lastUsedAt, 'last-used time is recorded');

    // Revoked: 401 on the very next request.
    assert.equal((await m.client.raw('DELETE', `/api/api-keys/${key.id}`)).status, 204);
    const after = await integration.raw('GET', `/api/stores/${m.store.id}`);
    assert.equal(after.status, 401);
    assert.equal(
      (await m.client.call<Key & { revokedAt: string | null }>('GET', `/api/api-keys/${key.id}`))
        .revokedAt !== null,
      true,
    );
    // A made-up key is 401 too, not 500.
    assert.equal(
      (
        await anonymous(server)
          .as(`vk_live_${'x'.repeat(43)}`)
          .raw('GET', '/api/stores')
      ).status,
      401,
    );
  });

  test('nobody grants a key more than they may do themselves', async () => {
    const m = await newMerchantWithStore(server);
    const email = `admin-${randomBytes(4).toString('hex')}@example.test`;
    await m.client.call('POST', '/api/users', { email, password: 'admin-password', role: 'ADMIN' });
    const admin = m.client.as(
      (await anonymous(server).auth.login({ email, password: 'admin-password' })).accessToken,
    );
    const denied = await admin.raw<{ permission: string }>('POST', '/api/api-keys', {
      name: 'purge',
      scopes: ['stores.purge'],
    });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.permission, 'stores.purge');
    const unknownScope = await m.client.raw('POST', '/api/api-keys', {
      name: 'x',
      scopes: ['orders.delete-all'],
    });
    assert.equal(unknownScope.status, 400);
  });

  test("another tenant's key is useless here", async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const key = await b.client.call<Key>('POST', '/api/api-keys', { name: 'b', scopes: ['catalog.write'] });
    const asB = anonymous(server).as(key.key);
    assert.equal((await asB.raw('GET', `/api/stores/${a.store.id}`)).status, 404);
    assert.equal((await a.client.raw('DELETE', `/api/api-keys/${key.id}`)).status, 404);
  });
});

describe('audit log', () => {
  test('every admin mutation is recorded with who, what, when and from where; paged and filtered', async () => {
    const m = await newMerchantWithStore(server);
    const key = await m.client.call<Key>('POST', '/api/api-keys', {
      name: 'pim',
      scopes: ['catalog.write', 'settings.store'],
    });
    const ua = { headers: { 'user-agent': 'audit-test/1.0' } };
    await m.client.raw('PUT', `/api/stores/${m.store.id}`, { name: 'Renamed' }, ua);
    await anonymous(server)
      .as(key.key)
      .raw('PUT', `/api/stores/${m.store.id}`, { name: 'Renamed by key' }, ua);
    // A failed mutation changes nothing and records nothing.
    await m.client.raw('PUT', `/api/stores/${m.store.id}`, { primaryColor: 'not-a-colour' }, ua);
    // Reads are not recorded.
    await m.client.raw('GET', `/api/stores/${m.store.id}`);

    const page = await m.client.call<AuditPage>('GET', '/api/audit-log');
    assert.deepEqual(
      page.data.map((e) => [e.method, e.path, e.actor.type]),
      [
        ['PUT', '/api/stores/:id', 'API_KEY'],
        ['PUT', '/api/stores/:id', 'USER'],
        ['POST', '/api/api-keys', 'USER'],
        ['POST', '/api/stores', 'USER'],
      ],
    );
    const [byKey, byUser] = page.data;
    assert.equal(byKey?.actor.apiKeyId, key.id);
    assert.equal(byKey?.storeId, m.store.id);
    assert.equal(byKey?.targetId, m.store.id);
    assert.equal(byKey?.status, 200);
    assert.equal(byKey?.userAgent, 'audit-test/1.0');
    assert.ok(byKey?.ip?.includes('127.0.0.1'));
    assert.equal(byUser?.actor.apiKeyId, null);
    assert.equal(byUser?.action, 'Update a store');
    // The created store's id is the target of its creation.
    assert.ok(page.data[3]?.targetId);

    // Paging (keyset on seq) and filters.
    const first = await m.client.call<AuditPage>('GET', '/api/audit-log?limit=2');
    assert.equal(first.data.length, 2);
    assert.ok(first.nextBefore);
    const second = await m.client.call<AuditPage>('GET', `/api/audit-log?limit=2&before=${first.nextBefore}`);
    assert.deepEqual(
      [...first.data, ...second.data].map((e) => e.seq),
      page.data.map((e) => e.seq),
    );
    const keyOnly = await m.client.call<AuditPage>('GET', `/api/audit-log?apiKeyId=${key.id}`);
    assert.equal(keyOnly.data.length, 1);
    const posts = await m.client.call<AuditPage>('GET', '/api/audit-log?method=POST');
    assert.equal(posts.data.length, 2);
    assert.equal((await m.client.raw('GET', '/api/audit-log?limit=0')).status, 400);

    // The log is append-only for the app, and another tenant sees none of it.
    const other = await newMerchantWithStore(server, 'Other');
    const theirs = await other.client.call<AuditPage>('GET', '/api/audit-log');
    assert.equal(
      theirs.data.some((e) => e.storeId === m.store.id),
      false,
    );
  });

  test('STAFF cannot read the audit log; GraphQL mutations are recorded too', async () => {
    const m = await newMerchantWithStore(server);
    const email = `staff-${randomBytes(4).toString('hex')}@example.test`;
    await m.client.call('POST', '/api/users', { email, password: 'staff-password', role: 'STAFF' });
    const staff = m.client.as(
      (await anonymous(server).auth.login({ email, password: 'staff-password' })).accessToken,
    );
    assert.equal((await staff.raw('GET', '/api/audit-log')).status, 403);
    const gql = await staff.raw<{ errors?: Array<{ extensions: { code: string } }> }>('POST', '/graphql', {
      query: `mutation { updateStore(id: "${m.store.id}", input: { name: "Staff rename" }) { id } }`,
    });
    assert.equal(gql.body.errors?.[0]?.extensions.code, 'FORBIDDEN');
    const ok = await m.client.raw<{ data?: unknown }>('POST', '/graphql', {
      query: `mutation { createCustomer(storeId: "${m.store.id}", input: { email: "g@example.test" }) { id } }`,
    });
    assert.ok(ok.body.data, JSON.stringify(ok.body));
    const log = await m.client.call<AuditPage>('GET', '/api/audit-log?method=GRAPHQL');
    assert.deepEqual(
      log.data.map((e) => [e.action, e.storeId, e.actor.type]),
      [['createCustomer', m.store.id, 'USER']],
    );
  });
});
