import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
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

  test('createdFrom / createdTo (whole UTC days or instants) and source, alone and together', async () => {
    const s = await sellingShop(server);
    const checkout = await s.place(1, { email: 'web@example.test' });
    const manual = () =>
      s.client.call<Order>('POST', `${s.admin}/orders`, {
        customerEmail: 'phone@example.test',
        items: [{ title: 'Oak Board', unitPrice: '24.00', quantity: 1 }],
      });
    const lateNight = await manual();
    const today = await manual();
    // Backdate two orders (as the superuser: created_at is not part of any API).
    const db = new pg.Client({ connectionString: server.database.url });
    await db.connect();
    try {
      for (const [id, at] of [
        [checkout.id, '2026-03-10T12:00:00Z'],
        [lateNight.id, '2026-03-11T23:30:00Z'],
      ])
        await db.query('update orders set created_at = $2 where id = $1', [id, at]);
    } finally {
      await db.end();
    }

    const numbers = async (query: string) => {
      const page = await s.client.call<OrderPage>('GET', `${s.admin}/orders?sort=createdAt&${query}`);
      assert.equal(page.total, page.data.length);
      return page.data.map((o) => o.orderNumber);
    };
    const [c, l, t] = [checkout.orderNumber, lateNight.orderNumber, today.orderNumber];
    assert.deepEqual(await numbers('source=MANUAL'), [l, t]);
    assert.deepEqual(await numbers('source=CHECKOUT'), [c]);
    assert.deepEqual(await numbers('source=SUBSCRIPTION'), []);
    // A date is its whole UTC day, at either end.
    assert.deepEqual(await numbers('createdFrom=2026-03-10&createdTo=2026-03-11'), [c, l]);
    assert.deepEqual(await numbers('createdFrom=2026-03-11&createdTo=2026-03-11'), [l]);
    assert.deepEqual(await numbers('createdTo=2026-03-10'), [c]);
    assert.deepEqual(await numbers('createdFrom=2026-03-12'), [t]);
    // Instants: from inclusive, to exclusive; any offset.
    assert.deepEqual(
      await numbers('createdFrom=2026-03-11T23:30:00Z&createdTo=2026-03-12T01:00:00%2B01:00'),
      [l],
    );
    assert.deepEqual(
      await numbers('createdFrom=2026-03-10T12:00:00.001Z&createdTo=2026-03-11T23:30:00Z'),
      [],
    );
    assert.deepEqual(await numbers('source=MANUAL&createdTo=2026-03-31'), [l]);
    assert.deepEqual(await numbers('source=CHECKOUT&createdFrom=2026-03-11'), []);

    const refused = async (query: string, field: string) => {
      const res = await s.client.raw<{ errors: Array<{ path: string }> }>(
        'GET',
        `${s.admin}/orders?${query}`,
      );
      assert.equal(res.status, 400, query);
      assert.ok(
        res.body.errors.some((e) => e.path.endsWith(field)),
        `${query}: ${JSON.stringify(res.body.errors)}`,
      );
    };
    await refused('createdFrom=2026-03-12&createdTo=2026-03-11', 'createdTo');
    await refused('createdFrom=2026-03-11T10:00:00Z&createdTo=2026-03-11T10:00:00Z', 'createdTo');
    await refused('createdFrom=yesterday', 'createdFrom');
    await refused('createdTo=2026-02-30', 'createdTo');
    await refused('createdFrom=2026-03-11T10:00', 'createdFrom');
    await refused('source=WEB', 'source');
  });
  test('an order prints as an invoice and a packing slip (PDF); another store’s order is 404', async () => {
    const s = await sellingShop(server);
    const order = await s.place(2, { email: 'print@example.test' });
    for (const kind of ['invoice', 'packing-slip']) {
      const res = await s.client.raw<string>('GET', `${s.admin}/orders/${order.id}/${kind}.pdf`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      assert.equal(
        res.headers.get('content-disposition'),
        `inline; filename="${kind}-${order.orderNumber}.pdf"`,
      );
      assert.ok(res.body.startsWith('%PDF'));
    }
    const other = await sellingShop(server);
    const foreign = await other.client.raw('GET', `${other.admin}/orders/${order.id}/invoice.pdf`);
    assert.equal(foreign.status, 404);
  });
});
