import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('a payment method that took payments cannot be deleted (their refunds go through it); an unused one can', async () => {
  const s = await sellingShop(server);
  const order = await s.place(1);
  const refused = await s.client.raw<{ code: string; detail: string }>(
    'DELETE',
    `${s.admin}/payment-methods/${s.card.id}`,
  );
  assert.equal(refused.status, 409);
  assert.equal(refused.body.code, 'PAYMENT_METHOD_IN_USE');
  assert.match(refused.body.detail, /deactivate it instead/);
  // Still there, so the order can be refunded through it.
  await s.client.call('POST', `${s.admin}/orders/${order.id}/refund`, { amount: '1.00' });

  const unused = await s.client.call<{ id: string }>('POST', `${s.admin}/payment-methods`, {
    name: 'Bank transfer',
    provider: 'manual',
  });
  assert.equal((await s.client.raw('DELETE', `${s.admin}/payment-methods/${unused.id}`)).status, 204);
  const gone = await s.client.raw('DELETE', `${s.admin}/payment-methods/${unused.id}`);
  assert.equal(gone.status, 404);
});
