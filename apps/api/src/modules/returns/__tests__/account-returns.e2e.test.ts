import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.close();
});

type MyReturns = {
  data: Array<{ number: string; orderNumber: string; status: string; staffNote?: unknown; items: unknown[] }>;
  total: number;
};

test("a shopper lists their own returns across orders, never another shopper's", async () => {
  const s = await sellingShop(server);
  const register = (email: string) =>
    anonymous(server).account.register(s.store.domain, {
      email,
      password: 'return password',
      firstName: 'Re',
      lastName: 'Turner',
    });
  const mine = await register('lister@example.test');
  const theirs = await register('stranger@example.test');
  const me = anonymous(server).as(mine.accessToken);
  const placed = await s.place(2, { token: mine.accessToken, email: 'lister@example.test' });
  await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
  await me.call('POST', `${s.sf}/account/orders/${placed.orderNumber}/returns`, {
    items: [{ itemId: placed.items[0]?.id, quantity: 1 }],
  });

  const list = await me.call<MyReturns>('GET', `${s.sf}/account/returns`);
  assert.equal(list.total, 1);
  assert.deepEqual(
    list.data.map((r) => [r.number, r.orderNumber, r.status, r.items.length]),
    [[`${placed.orderNumber}-R1`, placed.orderNumber, 'REQUESTED', 1]],
  );
  assert.equal('staffNote' in (list.data[0] ?? {}), false, 'staff notes stay internal');

  const other = await anonymous(server)
    .as(theirs.accessToken)
    .call<MyReturns>('GET', `${s.sf}/account/returns`);
  assert.equal(other.total, 0);
  const nobody = await anonymous(server).raw('GET', `${s.sf}/account/returns`);
  assert.equal(nobody.status, 401);
});
