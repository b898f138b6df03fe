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

type Account = { balance: number; value: string; ledger: { data: Array<{ type: string; points: number }> } };

describe('loyalty points', () => {
  test('earned on paid orders, reversed on refund and cancel, redeemed as store credit at checkout', async () => {
    const s = await sellingShop(server);
    await s.client.call('PUT', `${s.admin}/loyalty`, {
      isActive: true,
      pointsPerUnit: 10,
      pointValueMinor: 1,
      minRedeemPoints: 100,
    });
    const session = await anonymous(server).account.register(s.store.domain, {
      email: 'points@example.test',
      password: 'points password',
      firstName: 'P',
      lastName: 'Oints',
    });
    const me = anonymous(server).as(session.accessToken);
    const balance = async () => (await me.call<Account>('GET', `${s.sf}/account/loyalty`)).balance;
    const settled = (points: number) =>
      eventually(async () => (await balance()) === points, `${points} points`);

    const first = await s.place(2, { token: session.accessToken, email: 'points@example.test' });
    await settled(550); // 55.00 paid × 10 points per unit
    await s.client.call('POST', `${s.admin}/orders/${first.id}/refund`, { amount: '10.00' });
    await settled(450);

    const low = await me.raw('POST', `${s.sf}/account/loyalty/redeem`, { points: 50 });
    assert.equal(low.status, 400);
    const tooMany = await me.raw('POST', `${s.sf}/account/loyalty/redeem`, { points: 5000 });
    assert.equal((tooMany.body as { code: string }).code, 'INSUFFICIENT_POINTS');
    const redeemed = await me.call<{ balance: number; giftCard: { code: string; balance: string } }>(
      'POST',
      `${s.sf}/account/loyalty/redeem`,
      { points: 200 },
    );
    assert.deepEqual([redeemed.balance, redeemed.giftCard.balance], [250, '2.00']);

    // The credit pays part of the next order at checkout; that order earns on what was paid.
    const second = await s.place(1, {
      token: session.accessToken,
      email: 'points@example.test',
      payments: [
        { giftCardCode: redeemed.giftCard.code, amount: '2.00' },
        { paymentMethodId: s.card.id, token: 'tok_visa', amount: '28.00' },
      ],
    });
    assert.equal(second.paymentStatus, 'PAID');
    await settled(550);
    await s.client.call('POST', `${s.admin}/orders/${second.id}/cancel`);
    await settled(250);

    const staffView = await s.client.call<Account>(
      'GET',
      `${s.admin}/customers/${session.customer.id}/loyalty`,
    );
    assert.deepEqual(staffView.ledger.data.map((e) => [e.type, e.points]).reverse(), [
      ['EARN', 550],
      ['REVERSE', -100],
      ['REDEEM', -200],
      ['EARN', 300],
      ['REVERSE', -300],
    ]);
    assert.equal(staffView.value, '2.50');
    const adjusted = await s.client.call<{ balance: number }>(
      'POST',
      `${s.admin}/customers/${session.customer.id}/loyalty/adjustments`,
      { points: -250, reason: 'expired' },
    );
    assert.equal(adjusted.balance, 0);
    const below = await s.client.raw(
      'POST',
      `${s.admin}/customers/${session.customer.id}/loyalty/adjustments`,
      { points: -1, reason: 'x' },
    );
    assert.equal((below.body as { code: string }).code, 'INSUFFICIENT_POINTS');
  });
});
