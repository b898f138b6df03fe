import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(() => server.close());

type Export = {
  customer: { email: string };
  orders: Array<{ orderNumber: string }>;
  emails: Array<{ template: string }>;
};

describe('personal data', () => {
  test('export holds profile, orders and emails; erasure anonymises the profile and keeps the order', async () => {
    const s = await sellingShop(server);
    const email = 'private@example.test';
    const session = await anonymous(server).account.register(s.store.domain, {
      email,
      password: 'private password',
      firstName: 'Pri',
      lastName: 'Vate',
    });
    const me = anonymous(server).as(session.accessToken);
    await me.account.addAddress(s.store.domain, {
      firstName: 'Pri',
      lastName: 'Vate',
      line1: '1 Secret St',
      city: 'Oslo',
      postalCode: '0150',
      country: 'NO',
    });
    const placed = await s.place(1, { token: session.accessToken, email });
    const id = session.customer.id;

    const exported = await eventually(async () => {
      const e = await s.client.call<Export>('GET', `${s.admin}/customers/${id}/export`);
      return e.emails.some((m) => m.template === 'order_confirmation') ? e : undefined;
    }, 'the confirmation in the export');
    assert.equal(exported.customer.email, email);
    assert.deepEqual(
      exported.orders.map((o) => o.orderNumber),
      [placed.orderNumber],
    );
    // The account's verification email (sent at registration) and the order confirmation.
    assert.deepEqual(exported.emails.map((m) => m.template).sort(), [
      'email_verification',
      'order_confirmation',
    ]);
    const mine = await me.call<Export>('GET', `${s.sf}/account/export`);
    assert.equal(mine.customer.email, email);

    const erased = await s.client.customers.get(s.store.id, id).then(() =>
      s.client.call<{
        email: string;
        firstName: string | null;
        addresses: unknown[];
        marketingConsent: boolean;
        status: string;
      }>('POST', `${s.admin}/customers/${id}/erase`),
    );
    assert.equal(erased.email, `erased+${id}@erased.invalid`);
    assert.deepEqual([erased.firstName, erased.addresses.length, erased.status], [null, 0, 'INACTIVE']);
    const login = await anonymous(server).raw('POST', `${s.sf}/auth/login`, {
      email,
      password: 'private password',
    });
    assert.equal(login.status, 401);
    const order = await s.order(placed.id);
    assert.equal(order.totalAmount, '30.00');
    const log = await s.client.call<{ data: Array<{ to: string; subject: string }> }>(
      'GET',
      `${s.admin}/notifications?to=${email}`,
    );
    assert.equal(log.data.length, 0);
    // The address may register again as a new, separate customer.
    const fresh = await anonymous(server).account.register(s.store.domain, {
      email,
      password: 'a new password',
      firstName: 'New',
      lastName: 'One',
    });
    assert.notEqual(fresh.customer.id, id);
  });

  test('a shopper deletes their own account', async () => {
    const s = await sellingShop(server);
    const session = await anonymous(server).account.register(s.store.domain, {
      email: 'bye@example.test',
      password: 'goodbye password',
      firstName: 'B',
      lastName: 'Ye',
    });
    const me = anonymous(server).as(session.accessToken);
    const res = await me.raw('DELETE', `${s.sf}/account`);
    assert.equal(res.status, 204);
    const after = await s.client.customers.get(s.store.id, session.customer.id);
    assert.equal(after.email, `erased+${session.customer.id}@erased.invalid`);
    assert.equal(after.hasAccount, false);
  });
});
