import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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
