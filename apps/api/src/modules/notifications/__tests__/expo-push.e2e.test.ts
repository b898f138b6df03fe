import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { startExpoPushService } from '../../../../test/expo-push-service.ts';
import { anonymous } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
let expo: Awaited<ReturnType<typeof startExpoPushService>>;
before(async () => {
  expo = await startExpoPushService();
  server = await startTestServer({
    deliveryPollMs: 40,
    deliveryRetryBaseMs: 40,
    // Receipts are asked for at once here; Expo's own advice is about 15 minutes after the send.
    expoPush: { url: expo.url, accessToken: 'expo-access-token-for-tests', receiptDelaySeconds: 0 },
  });
});
after(async () => {
  await server.close();
  await expo.close();
});

type Message = {
  endpoint: string;
  status: string;
  receipt_status: string | null;
  receipt_due_at: Date | null;
  last_error: string | null;
};

/** The app messages as the database holds them (read as the owner), by token. */
async function messagesByToken(): Promise<Map<string, Message>> {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<Message>(`
      select s.endpoint, m.status, m.receipt_status, m.receipt_due_at, m.last_error
      from push_messages m join push_subscriptions s on s.tenant_id = m.tenant_id and s.id = m.subscription_id
      where s.kind = 'EXPO'`);
    return new Map(rows.map((r) => [r.endpoint, r]));
  } finally {
    await client.end();
  }
}

describe('order updates in the mobile app (Expo push)', () => {
  test('a registered app token gets placed, shipped and refunded pushes; DeviceNotRegistered forgets it', async () => {
    const s = await sellingShop(server);
    const token = 'ExponentPushToken[phone-of-ada-123]';
    const session = await anonymous(server).account.register(s.store.domain, {
      email: 'app@example.test',
      password: 'app password',
      firstName: 'Ada',
      lastName: 'App',
    });
    const me = anonymous(server).as(session.accessToken);
    const path = `${s.sf}/account/expo-push-tokens`;

    assert.equal((await anonymous(server).raw('POST', path, { token })).status, 401);
    for (const bad of [
      { token: 'not-a-token' },
      { token: 'ExponentPushToken[]' },
      {},
      { token: 'x'.repeat(300) },
    ]) {
      const res = await me.raw('POST', path, bad);
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
    const registered = await me.raw('POST', path, { token });
    assert.equal(registered.status, 201);
    assert.equal((registered.body as { token: string }).token, token);
    // Registering again (each app start does) keeps one token, not two.
    assert.equal((await me.raw('POST', path, { token })).status, 201);

    const placed = await s.place(1, { token: session.accessToken, email: 'app@example.test' });
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
    await eventually(() => expo.messages.length >= 2, 'the confirmation and shipment pushes');
    assert.equal(expo.messages.length, 2, 'one push per update to the one token');
    for (const m of expo.messages) {
      assert.equal(m?.to, token);
      assert.equal(m?.title, `Order ${placed.orderNumber}`);
      assert.equal(m?.headers.authorization, 'Bearer expo-access-token-for-tests');
      assert.equal(m?.data?.orderNumber, placed.orderNumber);
      assert.equal(m?.data?.orderId, placed.id, 'the app opens the order when the update is tapped');
      assert.match(
        String(m?.data?.url),
        new RegExp(`/track/${placed.orderNumber}\\?email=app%40example.test$`),
      );
    }
    // The confirmation comes from the order.placed reaction, so it may arrive after the shipment.
    assert.deepEqual(expo.messages.map((m) => m.body).sort(), [
      'Thank you: we have your order.',
      'Your order is on its way.',
    ]);

    // The app is uninstalled: Expo answers DeviceNotRegistered and the token is forgotten.
    expo.unregistered.add(token);
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/refund`, { amount: '1.00' });
    await eventually(() => expo.messages.length >= 3, 'the refund push');
    assert.equal(expo.messages[2]?.body, 'Your refund is on its way.');
    await s.client.call('POST', `${s.admin}/orders/${placed.id}/refund`, { amount: '1.00' });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(expo.messages.length, 3, 'no push to a forgotten token');
  });

  test('signing out on the device stops its pushes; a token is only removed by its owner', async () => {
    const s = await sellingShop(server);
    const token = 'ExpoPushToken[shared-tablet-9]';
    const register = async (email: string) => {
      const session = await anonymous(server).account.register(s.store.domain, {
        email,
        password: 'app password',
        firstName: 'Tab',
        lastName: 'Let',
      });
      return { session, me: anonymous(server).as(session.accessToken) };
    };
    const first = await register('first@example.test');
    const second = await register('second@example.test');
    const path = `${s.sf}/account/expo-push-tokens`;
    assert.equal((await first.me.raw('POST', path, { token })).status, 201);
    // Someone else removing that token changes nothing.
    assert.equal((await second.me.raw('DELETE', path, { token })).status, 204);
    const before = expo.messages.length;
    const placed = await s.place(1, { token: first.session.accessToken, email: 'first@example.test' });
    await eventually(() => expo.messages.length > before, 'the confirmation push');
    assert.equal(expo.messages.at(-1)?.data?.orderNumber, placed.orderNumber);

    assert.equal((await first.me.raw('DELETE', path, { token })).status, 204);
    const afterSignOut = expo.messages.length;
    await s.place(1, { token: first.session.accessToken, email: 'first@example.test' });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(expo.messages.length, afterSignOut, 'no push after sign out');
  });

  test("Expo's receipts settle each app message: delivered, app removed since, refused, not ready yet", async () => {
    const s = await sellingShop(server);
    const session = await anonymous(server).account.register(s.store.domain, {
      email: 'phones@example.test',
      password: 'app password',
      firstName: 'Ada',
      lastName: 'Phones',
    });
    const me = anonymous(server).as(session.accessToken);
    const token = {
      delivered: 'ExponentPushToken[delivered-1]',
      removed: 'ExponentPushToken[removed-2]',
      tooBig: 'ExponentPushToken[too-big-3]',
      pending: 'ExponentPushToken[pending-4]',
    };
    for (const t of Object.values(token))
      assert.equal((await me.raw('POST', `${s.sf}/account/expo-push-tokens`, { token: t })).status, 201);
    // Each ticket is ok when sent; what happened next is in the receipt.
    expo.refusedLater.set(token.removed, 'DeviceNotRegistered');
    expo.refusedLater.set(token.tooBig, 'MessageTooBig');
    expo.notReady.add(token.pending);

    await s.place(1, { token: session.accessToken, email: 'phones@example.test' });
    await eventually(() => expo.messages.length >= 4, 'the confirmation to the four phones');
    const settled = await eventually(async () => {
      const rows = await messagesByToken();
      return !rows.has(token.removed) && rows.get(token.delivered)?.receipt_status ? rows : false;
    }, 'the receipts read and applied');

    assert.equal(settled.get(token.delivered)?.status, 'SENT');
    assert.equal(settled.get(token.delivered)?.receipt_status, 'ok');
    assert.equal(settled.get(token.delivered)?.receipt_due_at, null, 'nothing left to ask');
    // The app was removed after the send: its token is forgotten, with its messages.
    assert.equal(settled.has(token.removed), false);
    const refused = await eventually(async () => {
      const row = (await messagesByToken()).get(token.tooBig);
      return row?.status === 'FAILED' && row;
    }, 'the refusal recorded');
    assert.equal(refused.receipt_status, 'error');
    assert.match(refused.last_error ?? '', /^MessageTooBig: /, 'Expo says why, for the operator');
    // No receipt yet: asked again later (a five-minute lease), still counted as sent.
    const pending = settled.get(token.pending);
    assert.equal(pending?.status, 'SENT');
    assert.equal(pending?.receipt_status, null);
    assert.ok(pending?.receipt_due_at && pending.receipt_due_at.getTime() > Date.now() + 60_000);

    const asked = expo.receiptRequests.flatMap((r) => r.ids);
    assert.equal(new Set(asked).size, asked.length, 'each ticket asked about once so far');
    for (const r of expo.receiptRequests)
      assert.equal(r.headers.authorization, 'Bearer expo-access-token-for-tests');

    // The next update reaches the three phones still registered, not the removed one.
    const before = expo.messages.length;
    await s.place(1, { token: session.accessToken, email: 'phones@example.test' });
    await eventually(() => expo.messages.length >= before + 3, 'the next confirmation');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(
      expo.messages
        .slice(before)
        .map((m) => m.to)
        .sort(),
      [token.delivered, token.tooBig, token.pending].sort(),
    );
  });
});
