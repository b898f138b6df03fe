import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, assertProblem, type Json, shop, stockOf } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Sub = Json & { status: string; lastOrderId: string; nextRenewalAt: string; failedAttempts: number };

async function subscriber(token: string) {
  const s = await shop(server, { price: '9.00', stock: 10 });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const plan = await s.client.call<Json & { price: string }>('POST', `${s.admin}/subscription-plans`, {
    listingId: s.listing.id,
    name: 'Monthly beans',
    interval: 'MONTH',
    price: '8.00',
  });
  const session = await anonymous(server).call<{ accessToken: string }>('POST', `${s.sf}/customers`, {
    email: `sub-${randomBytes(4).toString('hex')}@example.test`,
    password: 'correct horse battery',
    firstName: 'Sub',
    lastName: 'Scriber',
  });
  const me = anonymous(server).as(session.accessToken);
  const saved = await me.call<Json>('POST', `${s.sf}/account/payment-methods`, {
    paymentMethodId: card.id,
    token,
  });
  return { ...s, plan, me, saved };
}

/** The renewal run of the server's own wiring, called directly (the job does the same on a schedule). */
const runRenewals = () => server.app.modules.subscriptions.renewDue();
const makeDue = (id: string) =>
  server.platform.db.withPlatform((tx) =>
    sql`update subscriptions set next_renewal_at = now() - interval '1 minute' where id = ${id}`.execute(tx),
  );

describe('subscriptions', () => {
  test('subscribe charges the first period; the renewal run makes the next order; pause/resume/cancel', async () => {
    const s = await subscriber('tok_visa');
    const res = await s.me.raw<Sub>('POST', `${s.sf}/account/subscriptions`, {
      planId: s.plan.id,
      quantity: 2,
      savedPaymentMethodId: s.saved.id,
      shippingAddress: address,
    });
    assertProblem(res, 201);
    const first = await s.client.call<Json & { totalAmount: string; paymentStatus: string }>(
      'GET',
      `${s.admin}/orders/${res.body.lastOrderId}`,
    );
    assert.equal(first.totalAmount, '16.00');
    assert.equal(first.paymentStatus, 'PAID');
    assert.ok(new Date(res.body.nextRenewalAt).getTime() > Date.now() + 27 * 24 * 3600 * 1000);
    assert.equal((await stockOf(s.client, s.product.id)).allocated, 2);

    assert.equal((await runRenewals()).renewed, 0, 'nothing is due yet');
    await makeDue(res.body.id);
    assert.ok((await runRenewals()).renewed >= 1);
    const list = await s.me.call<{ data: Sub[] }>('GET', `${s.sf}/account/subscriptions`);
    assert.notEqual(list.data[0]?.lastOrderId, res.body.lastOrderId);
    assert.equal((await stockOf(s.client, s.product.id)).allocated, 4);

    const paused = await s.me.call<Sub>('POST', `${s.sf}/account/subscriptions/${res.body.id}/pause`);
    assert.equal(paused.status, 'PAUSED');
    await makeDue(res.body.id);
    await runRenewals();
    assert.equal(
      (await stockOf(s.client, s.product.id)).allocated,
      4,
      'a paused subscription is not renewed',
    );
    assert.equal(
      (await s.me.call<Sub>('POST', `${s.sf}/account/subscriptions/${res.body.id}/resume`)).status,
      'ACTIVE',
    );
    assert.equal(
      (await s.me.call<Sub>('POST', `${s.sf}/account/subscriptions/${res.body.id}/cancel`)).status,
      'CANCELED',
    );
    assertProblem(await s.me.raw('POST', `${s.sf}/account/subscriptions/${res.body.id}/resume`), 409);
    assertProblem(
      await anonymous(server).raw('POST', `${s.sf}/account/subscriptions/${res.body.id}/cancel`),
      404,
    );
  });

  test('shoppers see the active plans on offer, of a listing or all; an inactive plan is not offered', async () => {
    const s = await subscriber('tok_visa');
    type Plans = { data: Array<{ id: string; name: string; price: string; listingId: string }> };
    const offered = await anonymous(server).call<Plans>(
      'GET',
      `${s.sf}/subscription-plans?listingId=${s.listing.id}`,
    );
    assert.deepEqual(
      offered.data.map((p) => [p.name, p.price]),
      [['Monthly beans', '8.00']],
    );
    await s.client.call('PUT', `${s.admin}/subscription-plans/${s.plan.id}`, { isActive: false });
    assert.deepEqual((await anonymous(server).call<Plans>('GET', `${s.sf}/subscription-plans`)).data, []);
    const bad = await anonymous(server).raw('GET', `${s.sf}/subscription-plans?listingId=nope`);
    assert.equal(bad.status, 400);
  });

  test('a declined renewal goes PAST_DUE and is retried; after 3 failures it is canceled (dunning)', async () => {
    const s = await subscriber('tok_visa_chargeDeclined');
    const declined = await s.me.raw('POST', `${s.sf}/account/subscriptions`, {
      planId: s.plan.id,
      savedPaymentMethodId: s.saved.id,
      shippingAddress: address,
    });
    assertProblem(declined, 402, 'PAYMENT_DECLINED');
    assert.equal((await s.me.call<{ data: Sub[] }>('GET', `${s.sf}/account/subscriptions`)).data.length, 0);
    assert.equal((await stockOf(s.client, s.product.id)).allocated, 0);

    // A subscription whose card starts declining after it was set up:
    const good = await s.me.call<Json>('POST', `${s.sf}/account/payment-methods`, {
      paymentMethodId: (s.saved as Json & { paymentMethodId: string }).paymentMethodId,
      token: 'tok_visa',
    });
    const sub = await s.me.call<Sub>('POST', `${s.sf}/account/subscriptions`, {
      planId: s.plan.id,
      savedPaymentMethodId: good.id,
      shippingAddress: address,
    });
    await server.platform.db.withPlatform((tx) =>
      sql`update subscriptions set saved_payment_method_id = ${s.saved.id} where id = ${sub.id}`.execute(tx),
    );
    for (let attempt = 1; attempt <= 3; attempt++) {
      await makeDue(sub.id);
      await runRenewals();
      const now = (await s.me.call<{ data: Sub[] }>('GET', `${s.sf}/account/subscriptions`)).data.find(
        (x) => x.id === sub.id,
      );
      assert.equal(now?.failedAttempts, attempt);
      assert.equal(now?.status, attempt < 3 ? 'PAST_DUE' : 'CANCELED');
    }
    assert.equal((await stockOf(s.client, s.product.id)).allocated, 1, 'failed renewals allocate nothing');
  });
});
