import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { eventually, startReceiver } from '../../../../test/mailbox.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ deliveryPollMs: 40, deliveryRetryBaseMs: 40, webhookAllowPrivate: true });
});
after(() => server.close());

/** What a browser hands over when it subscribes: its P-256 public key and an auth secret. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

describe('web push for order updates', () => {
  test('a subscribed shopper gets encrypted, VAPID-signed pushes; a 410 drops the subscription', async () => {
    let gone = false;
    const pushService = await startReceiver(() => (gone ? 410 : 201));
    try {
      const s = await sellingShop(server);
      const vapid = await anonymous(server).call<{ publicKey: string }>(
        'GET',
        `${s.sf}/push/vapid-public-key`,
      );
      assert.ok(vapid.publicKey.length > 80);
      const session = await anonymous(server).account.register(s.store.domain, {
        email: 'push@example.test',
        password: 'push password',
        firstName: 'Pu',
        lastName: 'Sh',
      });
      const me = anonymous(server).as(session.accessToken);
      const anon = await anonymous(server).raw('POST', `${s.sf}/account/push-subscriptions`, {
        endpoint: pushService.url,
        keys: browserKeys(),
      });
      assert.equal(anon.status, 401);
      const sub = await me.raw('POST', `${s.sf}/account/push-subscriptions`, {
        endpoint: pushService.url,
        keys: browserKeys(),
      });
      assert.equal(sub.status, 201);

      const placed = await s.place(1, { token: session.accessToken, email: 'push@example.test' });
      await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`);
      await eventually(() => pushService.hits.length >= 2, 'confirmation and shipment pushes');
      for (const hit of pushService.hits) {
        assert.equal(hit.headers['content-encoding'], 'aes128gcm');
        assert.match(String(hit.headers.authorization), /^vapid t=.+, k=/);
        assert.ok(Number(hit.headers.ttl) > 0);
        assert.ok(hit.body.length > 0);
        assert.doesNotMatch(hit.body, /orderNumber/); // the payload travels encrypted
      }

      gone = true;
      await s.client.call('POST', `${s.admin}/orders/${placed.id}/refund`, { amount: '1.00' });
      await eventually(() => pushService.hits.length >= 3, 'the refund push');
      // The browser is gone: its subscription is removed, so the next update sends nothing.
      await s.client.call('POST', `${s.admin}/orders/${placed.id}/refund`, { amount: '1.00' });
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(pushService.hits.length, 3);
    } finally {
      await pushService.close();
    }
  });
});
