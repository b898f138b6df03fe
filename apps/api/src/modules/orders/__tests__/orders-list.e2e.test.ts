import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { type Order, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type OrderPage = { data: Order[]; total: number };

describe('orders list', () => {
  test('customerId lists one customer’s orders only (the admin’s customer profile)', async () => {
    const s = await sellingShop(server);
    const register = (email: string) =>
      anonymous(server).account.register(s.store.domain, {
        email,
        password: 'shopper password',
        firstName: 'Ada',
        lastName: 'Lovelace',
      });
    const ada = await register('ada-orders@example.test');
    const bob = await register('bob-orders@example.test');
    const first = await s.place(1, { token: ada.accessToken, email: 'ada-orders@example.test' });
    const second = await s.place(2, { token: ada.accessToken, email: 'ada-orders@example.test' });
    await s.place(1, { token: bob.accessToken, email: 'bob-orders@example.test' });
    await s.place(1, { email: 'guest@example.test' });

    const list = (query: string) => s.client.call<OrderPage>('GET', `${s.admin}/orders?${query}`);
    const all = await list('limit=100');
    assert.equal(all.total, 4);
    const mine = await list(`customerId=${ada.customer.id}&sort=-createdAt`);
    assert.equal(mine.total, 2);
    assert.deepEqual(
      mine.data.map((o) => o.orderNumber),
      [second.orderNumber, first.orderNumber],
    );
    assert.ok(mine.data.every((o) => o.customerId === ada.customer.id));
    const nobody = await list('customerId=00000000-0000-4000-8000-000000000000');
    assert.deepEqual([nobody.total, nobody.data.length], [0, 0]);

    const bad = await s.client.raw<{ errors: Array<{ path: string }> }>(
      'GET',
      `${s.admin}/orders?customerId=not-a-uuid`,
    );
    assert.equal(bad.status, 400);
    assert.ok(bad.body.errors.some((e) => e.path.endsWith('customerId')));
  });
});
