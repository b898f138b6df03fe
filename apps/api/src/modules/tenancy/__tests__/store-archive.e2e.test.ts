import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { type Order, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('archiving a store', () => {
  test('DELETE archives: storefront 404, holds released, orders kept and workable; restore; purge after export', async () => {
    const s = await sellingShop(server);
    const paid = await s.place(1);
    const open = await s.place(1);
    // A shopper's cart holds 2 units.
    const cart = await anonymous(server).call<{ id: string }>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 2 }],
    });
    assert.equal((await s.stock()).reserved, 2);

    assert.equal((await s.client.raw('DELETE', `/api/stores/${s.store.id}`)).status, 204);
    const store = await s.client.stores.get(s.store.id);
    assert.equal(store.status, 'ARCHIVED');

    // The storefront is closed, its listings with it.
    assert.equal((await anonymous(server).raw('GET', `${s.sf}/settings`)).status, 404);
    assert.equal((await anonymous(server).raw('GET', `${s.sf}/products`)).status, 404);
    assert.equal((await anonymous(server).raw('GET', `${s.sf}/cart/${cart.id}`)).status, 404);
    // The cart's hold is released (by the cart module, on the store.archived event).
    await eventually(async () => (await s.stock()).reserved === 0, 'the hold released', 60_000);

    // Orders, payments and customers stay readable; open orders can still be fulfilled or cancelled.
    const kept = await s.order(paid.id);
    assert.equal((kept.payments as unknown[]).length, 1);
    // (The guest's customer profile is written by a consumer of the order event.)
    await eventually(
      async () => (await s.client.call<{ total: number }>('GET', `${s.admin}/customers`)).total >= 1,
      'the customer still listed',
      60_000,
    );
    const fulfilled = await s.client.raw<Order>('POST', `${s.admin}/orders/${paid.id}/fulfill`, {});
    assert.equal(fulfilled.status, 200, JSON.stringify(fulfilled.body));
    const canceled = await s.client.raw<Order>('POST', `${s.admin}/orders/${open.id}/cancel`, {});
    assert.equal(canceled.status, 200, JSON.stringify(canceled.body));
    // Settings of an archived store do not change until it is restored.
    assert.equal((await s.client.raw('PUT', `/api/stores/${s.store.id}`, { name: 'X' })).status, 409);

    // Restore: the storefront answers again.
    const restored = await s.client.raw<{ status: string }>('POST', `/api/stores/${s.store.id}/restore`);
    assert.equal(restored.status, 200);
    assert.equal(restored.body.status, 'ACTIVE');
    assert.equal((await anonymous(server).raw('GET', `${s.sf}/settings`)).status, 200);
    assert.equal((await s.client.raw('POST', `/api/stores/${s.store.id}/restore`)).status, 409);
  });

  test('purge is an OWNER action, only for an archived store exported since it was archived', async () => {
    const s = await sellingShop(server);
    const order = await s.place(1);
    const email = `admin-${randomBytes(4).toString('hex')}@example.test`;
    await s.client.call('POST', '/api/users', { email, password: 'admin-password', role: 'ADMIN' });
    const admin = s.client.as(
      (await anonymous(server).auth.login({ email, password: 'admin-password' })).accessToken,
    );

    assert.equal((await s.client.raw('POST', `/api/stores/${s.store.id}/purge`)).status, 409);
    await s.client.call('DELETE', `/api/stores/${s.store.id}`);
    const notExported = await s.client.raw<{ code: string }>('POST', `/api/stores/${s.store.id}/purge`);
    assert.equal(notExported.status, 409);
    assert.equal(notExported.body.code, 'EXPORT_REQUIRED');

    // (The guest's customer profile is written by a consumer of the order event.)
    await eventually(
      async () => (await s.client.call<{ total: number }>('GET', `${s.admin}/customers`)).total >= 1,
      'the customer profile',
      60_000,
    );
    const exported = await s.client.call<{ tables: Record<string, Array<{ id: string }>> }>(
      'GET',
      `/api/stores/${s.store.id}/export`,
    );
    assert.ok(exported.tables.orders?.some((o) => o.id === order.id));
    assert.ok(exported.tables.payments?.length);
    assert.ok(exported.tables.customers?.length);

    const denied = await admin.raw<{ permission: string }>('POST', `/api/stores/${s.store.id}/purge`);
    assert.equal(denied.status, 403);
    assert.equal(denied.body.permission, 'stores.purge');
    assert.equal((await s.client.raw('POST', `/api/stores/${s.store.id}/purge`)).status, 204);
    assert.equal((await s.client.raw('GET', `/api/stores/${s.store.id}`)).status, 404);
    assert.equal((await s.client.raw('GET', `${s.admin}/orders/${order.id}`)).status, 404);
  });
});
