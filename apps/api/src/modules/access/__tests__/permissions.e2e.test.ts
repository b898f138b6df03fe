import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { addMember, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { type Order, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Merchant = Awaited<ReturnType<typeof newMerchantWithStore>>;
type Problem = { code: string; permission?: string };

const member = (m: Merchant, role: 'ADMIN' | 'STAFF') => addMember(server, m, role);

describe('permissions', () => {
  test('STAFF get 403 for gift cards, coupons, payment methods and renaming the store; OWNER may', async () => {
    const owner = await newMerchantWithStore(server);
    const staff = await member(owner, 'STAFF');
    const admin = `/api/stores/${owner.store.id}`;
    const attempts: Array<[string, string, unknown, string]> = [
      ['POST', `${admin}/gift-cards`, { initialBalance: '500.00' }, 'marketing.write'],
      [
        'POST',
        `${admin}/coupons`,
        { code: 'FREE100', discountType: 'PERCENTAGE', discountValue: '100' },
        'marketing.write',
      ],
      ['POST', `${admin}/payment-methods`, { name: 'Card', provider: 'test' }, 'settings.payments'],
      ['PUT', `/api/stores/${owner.store.id}`, { name: 'Renamed by staff' }, 'settings.store'],
      ['POST', `${admin}/tax-rates`, { name: 'Zero', country: 'US', rate: '0' }, 'settings.taxes'],
    ];
    for (const [method, path, body, permission] of attempts) {
      const denied = await staff.client.raw<Problem>(method, path, body);
      assert.equal(denied.status, 403, `${method} ${path}`);
      assert.equal(denied.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(denied.body.code, 'FORBIDDEN');
      assert.equal(denied.body.permission, permission);
    }
    // Nothing was created or changed.
    assert.equal((await owner.client.call<{ total: number }>('GET', `${admin}/gift-cards`)).total, 0);
    assert.equal((await owner.client.call<{ total: number }>('GET', `${admin}/coupons`)).total, 0);
    assert.equal((await owner.client.stores.get(owner.store.id)).name, owner.store.name);
    // The same requests are valid for the owner.
    for (const [method, path, body] of attempts) {
      const ok = await owner.client.raw(method, path, body);
      assert.ok(ok.status === 200 || ok.status === 201, `${method} ${path}: ${JSON.stringify(ok.body)}`);
    }
  });

  test('a STAFF user without orders.refund gets 403 on a refund; they may still fulfil', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(1);
    const staff = await member(s, 'STAFF');
    const denied = await staff.client.raw<Problem>('POST', `${s.admin}/orders/${placed.id}/refund`, {
      amount: '5.00',
    });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.permission, 'orders.refund');
    const order = await s.order(placed.id);
    assert.equal(((order as { refunds?: unknown[] }).refunds ?? []).length, 0);
    // Reading and fulfilling are STAFF work.
    const fulfilled = await staff.client.raw<Order>('POST', `${s.admin}/orders/${placed.id}/fulfill`, {});
    assert.equal(fulfilled.status, 200, JSON.stringify(fulfilled.body));
    // An ADMIN may refund.
    const adminUser = await member(s, 'ADMIN');
    const refunded = await adminUser.client.raw<Order>('POST', `${s.admin}/orders/${placed.id}/refund`, {
      amount: '5.00',
    });
    assert.equal(refunded.status, 200, JSON.stringify(refunded.body));
  });

  test('per-store scope: a user limited to one store sees only that store, others are 404', async () => {
    const owner = await newMerchantWithStore(server);
    const second = await owner.client.stores.create({
      name: 'Second',
      domain: `second-${randomBytes(3).toString('hex')}.localhost`,
    });
    const staff = await member(owner, 'STAFF');
    const scoped = await owner.client.raw<{ storeIds: string[] }>('PUT', `/api/users/${staff.id}`, {
      storeIds: [owner.store.id],
    });
    assert.equal(scoped.status, 200, JSON.stringify(scoped.body));
    assert.deepEqual(scoped.body.storeIds, [owner.store.id]);

    // The scope applies at once, to the token issued before it changed.
    const list = await staff.client.call<{ data: Array<{ id: string }>; total: number }>(
      'GET',
      '/api/stores',
    );
    assert.deepEqual(
      list.data.map((s) => s.id),
      [owner.store.id],
    );
    assert.equal(list.total, 1);
    assert.equal((await staff.client.raw('GET', `/api/stores/${second.id}`)).status, 404);
    assert.equal((await staff.client.raw('GET', `/api/stores/${second.id}/customers`)).status, 404);
    const denied = await staff.client.raw('POST', `/api/stores/${second.id}/customers`, {
      email: 'x@example.test',
    });
    assert.equal(denied.status, 404);
    const allowed = await staff.client.raw('POST', `/api/stores/${owner.store.id}/customers`, {
      email: 'x@example.test',
    });
    assert.equal(allowed.status, 201, JSON.stringify(allowed.body));
    // The same for GraphQL.
    const gql = await staff.client.raw<{ data: { stores: { data: Array<{ id: string }> } } }>(
      'POST',
      '/graphql',
      {
        query: '{ stores { data { id } } }',
      },
    );
    assert.deepEqual(
      gql.body.data.stores.data.map((s) => s.id),
      [owner.store.id],
    );
    // A store of the tenant that does not exist cannot be granted.
    const bad = await owner.client.raw('PUT', `/api/users/${staff.id}`, { storeIds: [crypto.randomUUID()] });
    assert.equal(bad.status, 400);
  });

  test('staff management: edit role, remove; a removed user is 401 at once; the owner cannot be removed', async () => {
    const owner = await newMerchantWithStore(server);
    const staff = await member(owner, 'STAFF');
    const adminUser = await member(owner, 'ADMIN');
    const users = await owner.client.call<{
      data: Array<{ id: string; role: string; permissions: string[] }>;
    }>('GET', '/api/users');
    assert.equal(users.data.length, 3);
    assert.ok(users.data.find((u) => u.id === staff.id)?.permissions.includes('orders.write'));
    assert.ok(!users.data.find((u) => u.id === staff.id)?.permissions.includes('orders.refund'));

    // STAFF may not manage staff.
    assert.equal(
      (await staff.client.raw('PUT', `/api/users/${adminUser.id}`, { role: 'STAFF' })).status,
      403,
    );
    // Promoting STAFF to ADMIN takes effect on the next request.
    assert.equal(
      (
        await staff.client.raw('POST', `/api/stores/${owner.store.id}/coupons`, {
          code: 'X1',
          discountType: 'FREE_SHIPPING',
        })
      ).status,
      403,
    );
    await owner.client.call('PUT', `/api/users/${staff.id}`, { role: 'ADMIN' });
    assert.equal(
      (
        await staff.client.raw('POST', `/api/stores/${owner.store.id}/coupons`, {
          code: 'X1',
          discountType: 'FREE_SHIPPING',
        })
      ).status,
      201,
    );

    // Nobody removes the owner or themselves; an empty update is 400.
    const ownerId = users.data.find((u) => u.role === 'OWNER')?.id;
    assert.equal((await adminUser.client.raw('DELETE', `/api/users/${ownerId}`)).status, 403);
    assert.equal((await adminUser.client.raw('DELETE', `/api/users/${adminUser.id}`)).status, 403);
    assert.equal((await owner.client.raw('PUT', `/api/users/${staff.id}`, {})).status, 400);

    assert.equal((await owner.client.raw('DELETE', `/api/users/${staff.id}`)).status, 204);
    assert.equal((await staff.client.raw('GET', '/api/stores')).status, 401);
    assert.equal((await owner.client.raw('GET', `/api/users/${staff.id}`)).status, 404);
  });

  test('another tenant cannot see or edit this tenant’s users', async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const staff = await member(a, 'STAFF');
    assert.equal((await b.client.raw('GET', `/api/users/${staff.id}`)).status, 404);
    assert.equal((await b.client.raw('PUT', `/api/users/${staff.id}`, { role: 'ADMIN' })).status, 404);
    assert.equal((await b.client.raw('DELETE', `/api/users/${staff.id}`)).status, 404);
  });
});
