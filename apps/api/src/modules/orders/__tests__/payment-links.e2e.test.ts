import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { anonymous } from '../../../../test/fixtures.ts';
import { type Order, sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Link = { url: string; token: string; expiresAt: string };
type Summary = {
  orderNumber: string;
  storeName: string;
  paymentStatus: string;
  customerName: string | null;
  customerEmail: string | null;
  totalAmount: string;
  items: Array<{ title: string; quantity: number; unitPrice: string }>;
};
type Problem = { status: number; code: string };

/** A draft: a manual order, unpaid, for 2 x 25.00 plus 5.00 shipping. */
async function draftIn(s: Awaited<ReturnType<typeof sellingShop>>) {
  return s.client.call<Order>('POST', `${s.admin}/orders`, {
    customerEmail: 'grace@example.test',
    customerName: 'Grace Hopper',
    items: [{ listingId: s.listing.id, title: 'Widget', unitPrice: '25.00', quantity: 2 }],
    shippingAmount: '5.00',
    paymentStatus: 'PENDING',
    shippingAddress: {
      firstName: 'Grace',
      lastName: 'Hopper',
      line1: '1 Navy Way',
      city: 'Arlington',
      postalCode: '22201',
      country: 'US',
    },
  });
}

describe('order payment links', () => {
  test('link, summary, pay with the test card -> PAID; twice 409; paid order refuses a link', async () => {
    const s = await sellingShop(server);
    const draft = await draftIn(s);
    assert.equal(draft.paymentStatus, 'PENDING');
    const link = await s.client.call<Link>('POST', `${s.admin}/orders/${draft.id}/payment-link`);
    assert.ok(link.url.endsWith(`/pay/${link.token}`), link.url);
    assert.ok(link.url.includes(String(s.store.domain)));
    assert.ok(Date.parse(link.expiresAt) > Date.now() + 86_400_000);

    const shopper = anonymous(server);
    const summary = await shopper.call<Summary>('GET', `${s.sf}/pay/${link.token}`);
    assert.equal(summary.orderNumber, draft.orderNumber);
    assert.equal(summary.totalAmount, '55.00');
    assert.equal(summary.customerName, 'Grace Hopper');
    assert.deepEqual(
      summary.items.map((i) => [i.title, i.quantity, i.unitPrice]),
      [['Widget', 2, '25.00']],
    );
    assert.equal('shippingAddress' in summary, false, 'no address on the public summary');

    const pay = (token = link.token) =>
      shopper.raw<Summary & Problem>('POST', `${s.sf}/pay/${token}`, {
        payments: [{ paymentMethodId: s.card.id, token: 'tok_visa' }],
      });
    const paid = await pay();
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.equal(paid.body.paymentStatus, 'PAID');
    const order = await s.order(String(draft.id));
    assert.equal(order.paymentStatus, 'PAID');
    assert.deepEqual(
      order.payments.map((p) => [p.provider, p.status, p.amount]),
      [['test', 'CAPTURED', '55.00']],
    );

    const again = await pay();
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'ORDER_ALREADY_PAID');
    const refused = await s.client.raw<Problem>('POST', `${s.admin}/orders/${draft.id}/payment-link`);
    assert.equal(refused.status, 409);
  });

  test('a declined card leaves it unpaid and payable; bad input names the field', async () => {
    const s = await sellingShop(server);
    const draft = await draftIn(s);
    const { token } = await s.client.call<Link>('POST', `${s.admin}/orders/${draft.id}/payment-link`);
    const shopper = anonymous(server);
    const declined = await shopper.raw<Problem>('POST', `${s.sf}/pay/${token}`, {
      payments: [{ paymentMethodId: s.card.id, token: 'tok_declined' }],
    });
    assert.equal(declined.status, 402);
    assert.equal((await s.order(String(draft.id))).payments.length, 0);
    const noToken = await shopper.raw<{ errors: Array<{ path: string }> }>('POST', `${s.sf}/pay/${token}`, {
      payments: [{ paymentMethodId: s.card.id }],
    });
    assert.equal(noToken.status, 400);
    assert.ok(noToken.body.errors.some((e) => e.path === 'payments.0.token'));
    const ok = await shopper.raw<Summary>('POST', `${s.sf}/pay/${token}`, {
      payments: [{ paymentMethodId: s.card.id, token: 'tok_visa' }],
    });
    assert.equal(ok.body.paymentStatus, 'PAID');
  });

  test('expired 410, forged 404, another store’s token useless, canceled order refuses a link', async () => {
    const s = await sellingShop(server);
    const other = await sellingShop(server);
    const draft = await draftIn(s);
    const { token } = await s.client.call<Link>('POST', `${s.admin}/orders/${draft.id}/payment-link`);
    const shopper = anonymous(server);

    // The same link on another tenant's storefront grants nothing there.
    const elsewhere = await shopper.raw<Problem>('GET', `${other.sf}/pay/${token}`);
    assert.equal(elsewhere.status, 404);
    const payElsewhere = await shopper.raw<Problem>('POST', `${other.sf}/pay/${token}`, {
      payments: [{ paymentMethodId: other.card.id, token: 'tok_visa' }],
    });
    assert.equal(payElsewhere.status, 404);
    // Another tenant's staff cannot make a link for this order.
    const foreign = await other.client.raw<Problem>('POST', `${other.admin}/orders/${draft.id}/payment-link`);
    assert.equal(foreign.status, 404);

    // Forged: signed with a key that is not the server's; tampered: a changed signature.
    const forged = await new SignJWT({ typ: 'pay', tid: 'x', sid: String(s.store.id) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(draft.id))
      .setIssuer('ventory')
      .setAudience('order-payment-link')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not the secret'));
    for (const t of [forged, `${token.slice(0, -4)}AAAA`, 'garbage']) {
      const res = await shopper.raw<Problem>('GET', `${s.sf}/pay/${t}`);
      assert.equal(res.status, 404, t);
    }

    // Expired: a genuine link, read a little after its time (the clock moved on, not the token).
    const realNow = Date.now;
    Date.now = () => realNow() + 8 * 24 * 3600 * 1000;
    try {
      const expired = await shopper.raw<Problem>('GET', `${s.sf}/pay/${token}`);
      assert.equal(expired.status, 410);
      assert.equal(expired.body.code, 'LINK_EXPIRED');
    } finally {
      Date.now = realNow;
    }

    const cancel = await s.client.raw('POST', `${s.admin}/orders/${draft.id}/cancel`, {});
    assert.ok(cancel.status < 300, JSON.stringify(cancel.body));
    const onCanceled = await s.client.raw<Problem>('POST', `${s.admin}/orders/${draft.id}/payment-link`);
    assert.equal(onCanceled.status, 409);
    const payCanceled = await shopper.raw<Problem>('POST', `${s.sf}/pay/${token}`, {
      payments: [{ paymentMethodId: s.card.id, token: 'tok_visa' }],
    });
    assert.equal(payCanceled.status, 409);
    assert.equal(payCanceled.body.code, 'ORDER_CANCELED');
  });
});
