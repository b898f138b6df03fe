import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually, startMailbox } from '../../../../test/mailbox.ts';
import type { Order } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, type Json, listProduct } from '../../../../test/shop.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({ smtpUrl: mailbox.url, deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

type Card = {
  code: string;
  balance: string;
  initialBalance: string;
  currency: string;
  orderId: string | null;
};
const CODE = /\b[A-HJ-NP-Z2-9]{4}(?:-[A-HJ-NP-Z2-9]{4}){3}\b/g;

/** A store selling a 25.00 gift card (DIGITAL, `attributes.giftCard`) and a 25.00 kettle. */
async function giftShop() {
  const m = await newMerchantWithStore(server, 'Gifts');
  const giftProduct = await m.client.call<Json>('POST', '/api/inventory/products', {
    sku: `GIFT-${m.store.id.slice(0, 8)}`,
    name: 'Gift card 25',
    price: '25.00',
    type: 'DIGITAL',
    attributes: { giftCard: true },
  });
  const gift = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/products`, {
    productId: giftProduct.id,
  });
  const kettle = await listProduct(m.client, m.store.id, { price: '25.00', stock: 10 });
  const card = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const manual = await m.client.call<Json>('POST', `/api/stores/${m.store.id}/payment-methods`, {
    name: 'Bank transfer',
    provider: 'manual',
  });
  const sf = `/api/storefront/${m.store.domain}`;
  const admin = `/api/stores/${m.store.id}`;
  async function place(listingId: string, quantity: number, email: string, payments: unknown[]) {
    const shopper = anonymous(server);
    const cart = await shopper.call<Json>('POST', `${sf}/cart`, { items: [{ listingId, quantity }] });
    const res = await shopper.raw<Order>('POST', `${sf}/checkout`, {
      cartId: cart.id,
      email,
      shippingAddress: address,
      payments,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }
  const cards = async () =>
    (await m.client.call<{ data: Card[] }>('GET', `${admin}/gift-cards?limit=100`)).data;
  const balance = async (code: string, domain = m.store.domain) =>
    anonymous(server).raw<{ balance: string }>('GET', `/api/storefront/${domain}/gift-cards/${code}/balance`);
  return { ...m, gift, kettle, card, manual, sf, admin, place, cards, balance };
}

/** Waits until every consumer has handled the order's events (so "nothing issued" is meaningful). */
async function settled(tenantId: string, orderId: string) {
  await eventually(async () => {
    const { rows } = await server.platform.db.withTenant(tenantId, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from outbox_events o
        where o.payload->>'orderId' = ${orderId} and (o.published_at is null or exists (
          select 1 from event_deliveries d where d.event_id = o.id and d.status <> 'DONE'))`.execute(tx),
    );
    return rows[0]?.n === 0;
  }, 'the order events handled');
}

const giftMails = (email: string) => mailbox.to(email).filter((m) => /gift card/i.test(m.subject));

describe('gift cards sold as products', () => {
  test('2 × 25.00 paid by card: two cards, one email with both codes, spendable, replay-safe', async () => {
    const s = await giftShop();
    const email = 'giver@example.test';
    const order = await s.place(String(s.gift.id), 2, email, [
      { paymentMethodId: s.card.id, token: 'tok_visa' },
    ]);
    assert.deepEqual([order.paymentStatus, order.totalAmount], ['PAID', '50.00']);
    const page = await anonymous(server).call<{ isGiftCard: boolean; isDigital: boolean }>(
      'GET',
      `${s.sf}/products/${String(s.gift.slug)}`,
    );
    assert.deepEqual([page.isGiftCard, page.isDigital], [true, true]);

    const mail = await eventually(() => giftMails(email)[0], 'the gift card email');
    assert.match(mail.subject, new RegExp(`order ${order.orderNumber}`));
    assert.match(mail.html, /Gifts Store/); // the store's branding
    const codes = [...new Set(mail.text.match(CODE) ?? [])];
    assert.equal(codes.length, 2, mail.text);
    for (const code of codes) {
      const res = await s.balance(code);
      assert.equal(res.status, 200);
      assert.equal(res.body.balance, '25.00');
    }
    const issued = await s.cards();
    assert.deepEqual(issued.map((c) => [c.initialBalance, c.currency, c.orderId]).sort(), [
      ['25.00', 'USD', order.id],
      ['25.00', 'USD', order.id],
    ]);
    assert.deepEqual(issued.map((c) => c.code).sort(), [...codes].sort());

    // One card pays part of a later order.
    const later = await s.place(String(s.kettle.listing.id), 1, 'giver@example.test', [
      { giftCardCode: codes[0], amount: '10.00' },
      { paymentMethodId: s.card.id, token: 'tok_visa', amount: '15.00' },
    ]);
    assert.equal(later.paymentStatus, 'PAID');
    assert.equal((await s.balance(String(codes[0]))).body.balance, '15.00');

    // Replaying every event of the first order issues and sends nothing more.
    await settled(s.tenantId, order.id);
    const replayed = await server.platform.db.withTenant(s.tenantId, async (tx) => {
      const events = sql`select id from outbox_events where payload->>'orderId' = ${order.id}`;
      await sql`update outbox_events set published_at = null where id in (${events})`.execute(tx);
      return sql`update event_deliveries set status = 'PENDING', delivered_at = null
        where event_id in (${events}) and consumer = 'paid-order'`.execute(tx);
    });
    assert.ok(Number(replayed.numAffectedRows) >= 1);
    await server.platform.jobRunner.drain();
    await settled(s.tenantId, order.id);
    assert.equal((await s.cards()).length, 2);
    await server.platform.jobRunner.drain();
    assert.equal(giftMails(email).length, 1);
  });

  test('an unpaid order (manual payment) issues nothing until staff mark it paid', async () => {
    const s = await giftShop();
    const email = 'transfer@example.test';
    const order = await s.place(String(s.gift.id), 1, email, [{ paymentMethodId: s.manual.id }]);
    assert.equal(order.paymentStatus, 'PENDING');
    await settled(s.tenantId, order.id);
    assert.deepEqual(await s.cards(), []);

    await s.client.call('PUT', `${s.admin}/orders/${order.id}`, { paymentStatus: 'PAID' });
    const mail = await eventually(() => giftMails(email)[0], 'the gift card email');
    const [code] = mail.text.match(CODE) ?? [];
    assert.ok(code);
    assert.equal((await s.balance(code)).body.balance, '25.00');
    assert.equal((await s.cards()).length, 1);
  });

  test('tenant isolation: the cards belong to the order’s tenant and store only', async () => {
    const a = await giftShop();
    const b = await giftShop();
    const order = await a.place(String(a.gift.id), 1, 'iso@example.test', [
      { paymentMethodId: a.card.id, token: 'tok_visa' },
    ]);
    const mail = await eventually(() => giftMails('iso@example.test')[0], 'the gift card email');
    const [code] = mail.text.match(CODE) ?? [];
    assert.ok(code);
    assert.equal((await a.balance(code)).status, 200);
    assert.equal((await a.balance(code, b.store.domain)).status, 404);
    assert.deepEqual(await b.cards(), []);
    const rows = (tenantId: string) =>
      server.platform.db.withTenant(tenantId, (tx) =>
        tx.selectFrom('giftCards').select(['storeId', 'orderId']).where('code', '=', code).execute(),
      );
    assert.deepEqual(await rows(a.tenantId), [{ storeId: a.store.id, orderId: order.id }]);
    assert.deepEqual(await rows(b.tenantId), []);
    const other = await b.client.raw('GET', `/api/stores/${a.store.id}/gift-cards`);
    assert.ok([403, 404].includes(other.status), String(other.status));
  });
});
