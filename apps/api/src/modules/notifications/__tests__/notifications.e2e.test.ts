import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually, startMailbox, startReceiver } from '../../../../test/mailbox.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { verifySignature } from '../index.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({
    smtpUrl: mailbox.url,
    deliveryPollMs: 40,
    deliveryRetryBaseMs: 40,
    webhookAllowPrivate: true,
  });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

type Email = { id: string; status: string; to: string; subject: string; template: string };

describe('emails over SMTP', () => {
  test('a branded template arrives at the loopback SMTP server, placeholders escaped', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await client.stores.update(store.id, { primaryColor: '#aa3300', contactEmail: 'help@kettle.test' });
    const queued = await client.call<Email>(
      'POST',
      `/api/stores/${store.id}/notification-templates/shipment/test`,
      {
        to: 'Buyer@Example.test',
        data: {
          customer: { firstName: '<script>alert(1)</script>' },
          order: { orderNumber: '1042' },
          shipment: {
            carrier: 'Ventory Post',
            trackingNumber: 'VP123456789',
            trackingUrl: 'https://t.example/VP1',
          },
        },
      },
    );
    assert.equal(queued.status, 'PENDING');
    const mail = await eventually(() => mailbox.to('buyer@example.test')[0], 'the shipment email');
    assert.equal(mail.subject, 'Your order 1042 is on its way');
    assert.match(mail.html, /VP123456789/);
    assert.match(mail.html, /#aa3300/);
    assert.match(mail.html, /help@kettle\.test/);
    assert.match(mail.html, /Merchant Store/);
    assert.doesNotMatch(mail.html, /<script>/);
    assert.match(mail.html, /&#60;script&#62;/);
    assert.match(mail.text, /Tracking number: VP123456789/);
    const log = await client.call<{ data: Email[] }>(
      'GET',
      `/api/stores/${store.id}/notifications?to=buyer@example.test`,
    );
    await eventually(async () => {
      const again = await client.call<{ data: Email[] }>('GET', `/api/stores/${store.id}/notifications`);
      return again.data[0]?.status === 'SENT';
    }, 'SENT in the log');
    assert.equal(log.data[0]?.template, 'shipment');
  });

  test('a store override of a template is used; deleting it restores the default', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const path = `/api/stores/${store.id}/notification-templates/order_confirmation`;
    await client.call('PUT', path, {
      subject: '{{store.name}}: we got {{order.orderNumber}}!',
      body: '<p>Ta, {{customer.firstName}}.</p>',
    });
    await client.call('POST', `${path}/test`, {
      to: 'o1@example.test',
      data: { order: { orderNumber: '7' }, customer: { firstName: 'Jo' } },
    });
    const mail = await eventually(() => mailbox.to('o1@example.test')[0], 'the custom confirmation');
    assert.equal(mail.subject, 'Merchant Store: we got 7!');
    assert.match(mail.html, /Ta, Jo\./);
    await client.call('DELETE', path);
    const back = await client.call<{ subject: string; isCustom: boolean }>('GET', path);
    assert.equal(back.isCustom, false);
    assert.equal(back.subject, 'Order {{order.orderNumber}} confirmed');
    const bad = await client.raw('PUT', `/api/stores/${store.id}/notification-templates/nope`, {
      subject: 'x',
      body: 'y',
    });
    assert.equal(bad.status, 404);
  });

  test('a preview fills the samples and shows unsaved edits; a test send is filled the same way', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const path = `/api/stores/${store.id}/notification-templates/shipment`;
    type Preview = { subject: string; html: string; text: string };
    const saved = await client.call<Preview>('POST', `${path}/preview`, {});
    assert.equal(saved.subject, 'Your order 1042 is on its way');
    assert.match(saved.html, /VP123456789/);
    assert.match(saved.html, /Ceramic pour-over kettle/);
    const draft = await client.call<Preview>('POST', `${path}/preview`, {
      draft: {
        subject: 'Shipped: {{order.orderNumber}}',
        body: '<p>On its way, {{customer.firstName}}!</p>',
      },
      data: { customer: { firstName: 'Sam' } },
    });
    assert.equal(draft.subject, 'Shipped: 1042');
    assert.match(draft.html, /On its way, Sam!/);
    // Previewing changes nothing: the stored template is still the built-in one.
    const stored = await client.call<{ isCustom: boolean }>('GET', path);
    assert.equal(stored.isCustom, false);
    const bad = await client.raw<{ errors?: { path: string }[] }>('POST', `${path}/preview`, {
      draft: { subject: ' ', body: 'x' },
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors?.[0]?.path, 'draft.subject');
    await client.call('POST', `${path}/test`, { to: 'me@example.test' });
    const mail = await eventually(() => mailbox.to('me@example.test')[0], 'the sample test email');
    assert.equal(mail.subject, 'Your order 1042 is on its way');
    assert.match(mail.html, /Hi Alex/);
  });

  test('marketing email only with consent: skipped without it, delivered with it', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await client.customers.create(store.id, { email: 'no@example.test', marketingConsent: false });
    await client.customers.create(store.id, { email: 'yes@example.test', marketingConsent: true });
    const path = `/api/stores/${store.id}/notification-templates/abandoned_cart/test`;
    const skipped = await client.call<Email>('POST', path, { to: 'no@example.test' });
    const stranger = await client.call<Email>('POST', path, { to: 'stranger@example.test' });
    const sent = await client.call<Email>('POST', path, { to: 'yes@example.test' });
    assert.equal(skipped.status, 'SKIPPED');
    assert.equal(stranger.status, 'SKIPPED');
    assert.equal(sent.status, 'PENDING');
    const mail = await eventually(() => mailbox.to('yes@example.test')[0], 'the consented email');
    assert.match(mail.html, /agreed to hear from us/);
    // The worker has been past the skipped ones by now: they were never sent.
    assert.equal(mailbox.to('no@example.test').length, 0);
    assert.equal(mailbox.to('stranger@example.test').length, 0);
  });
});

type Endpoint = { id: string; secret: string; url: string };
type Delivery = { status: string; attempts: number; topic: string; lastStatusCode: number | null };

describe('merchant webhooks', () => {
  test('signed with HMAC-SHA256, retried with back-off after a failure, filtered by store and topic', async () => {
    const receiver = await startReceiver((_hit, i) => (i === 0 ? 500 : 200));
    const other = await startReceiver();
    try {
      const { client, store } = await newMerchantWithStore(server);
      const second = await client.stores.create({ name: 'Second store' });
      const hook = await client.call<Endpoint>('POST', `/api/stores/${store.id}/webhooks`, {
        url: receiver.url,
        events: ['customer.*'],
      });
      assert.match(hook.secret, /^whsec_/);
      const otherHook = await client.call<Endpoint>('POST', `/api/stores/${second.id}/webhooks`, {
        url: other.url,
      });
      const orderOnly = await client.call<Endpoint>('POST', '/api/webhooks', {
        url: other.url,
        events: ['order.*'],
      });

      const customer = await client.customers.create(store.id, { email: 'hooked@example.test' });
      await eventually(() => receiver.hits.length >= 2, 'a retried delivery');
      const [first, retry] = receiver.hits;
      assert.equal(first?.headers['ventory-delivery'], retry?.headers['ventory-delivery']);
      for (const hit of [first, retry]) {
        assert.equal(hit?.headers['ventory-event'], 'customer.created');
        assert.ok(verifySignature(hook.secret, hit?.body ?? '', String(hit?.headers['ventory-signature'])));
        assert.equal(
          verifySignature('whsec_wrong', hit?.body ?? '', String(hit?.headers['ventory-signature'])),
          false,
        );
      }
      const body = JSON.parse(retry?.body ?? '{}') as { type: string; data: { customerId: string } };
      assert.equal(body.type, 'customer.created');
      assert.equal(body.data.customerId, customer.id);

      const deliveries = await eventually(async () => {
        const list = await client.call<{ data: Delivery[] }>(
          'GET',
          `/api/stores/${store.id}/webhooks/${hook.id}/deliveries`,
        );
        return list.data[0]?.status === 'DELIVERED' ? list : undefined;
      }, 'DELIVERED');
      assert.equal(deliveries.data[0]?.attempts, 2);
      assert.equal(deliveries.data[0]?.lastStatusCode, 200);

      const shown = await client.call<Endpoint>('GET', `/api/stores/${store.id}/webhooks/${hook.id}`);
      assert.notEqual(shown.secret, hook.secret);
      // Another store's endpoint and an order-only endpoint were never given the customer event.
      for (const [scope, id] of [
        [`/api/stores/${second.id}/webhooks`, otherHook.id],
        ['/api/webhooks', orderOnly.id],
      ]) {
        const none = await client.call<{ total: number }>('GET', `${scope}/${id}/deliveries`);
        assert.equal(none.total, 0);
      }
      assert.equal(other.hits.length, 0);
    } finally {
      await receiver.close();
      await other.close();
    }
  });

  test('a receiver that keeps failing ends FAILED after its attempts; ping and secret rotation', async () => {
    const receiver = await startReceiver(() => 503);
    try {
      const { client, store } = await newMerchantWithStore(server);
      const hook = await client.call<Endpoint>('POST', `/api/stores/${store.id}/webhooks`, {
        url: receiver.url,
      });
      await client.call('POST', `/api/stores/${store.id}/webhooks/${hook.id}/ping`);
      const failed = await eventually(
        async () => {
          const list = await client.call<{ data: Delivery[] }>(
            'GET',
            `/api/stores/${store.id}/webhooks/${hook.id}/deliveries?status=FAILED`,
          );
          return list.data[0];
        },
        'FAILED',
        60_000,
      );
      assert.equal(failed.attempts, 8);
      assert.equal(failed.lastStatusCode, 503);
      assert.equal(receiver.hits.length, 8);
      const rotated = await client.call<Endpoint>(
        'POST',
        `/api/stores/${store.id}/webhooks/${hook.id}/rotate-secret`,
      );
      assert.notEqual(rotated.secret, hook.secret);
    } finally {
      await receiver.close();
    }
  });

  test('a FAILED delivery is sent again by retry; a delivered one is not; the topics list', async () => {
    // 503 for the eight scheduled attempts, then 200: only the retry can deliver it.
    const receiver = await startReceiver((_hit, i) => (i < 8 ? 503 : 200));
    try {
      const { client, store } = await newMerchantWithStore(server);
      const base = `/api/stores/${store.id}/webhooks`;
      const hook = await client.call<Endpoint>('POST', base, { url: receiver.url });
      await client.call('POST', `${base}/${hook.id}/ping`);
      const failed = await eventually(
        async () =>
          (
            await client.call<{ data: (Delivery & { id: string })[] }>(
              'GET',
              `${base}/${hook.id}/deliveries?status=FAILED`,
            )
          ).data[0],
        'FAILED',
        60_000,
      );
      const retried = await client.call<Delivery>('POST', `${base}/${hook.id}/deliveries/${failed.id}/retry`);
      assert.equal(retried.status, 'PENDING');
      const delivered = await eventually(
        async () =>
          (await client.call<{ data: Delivery[] }>('GET', `${base}/${hook.id}/deliveries?status=DELIVERED`))
            .data[0],
        'DELIVERED after the retry',
      );
      assert.equal(delivered.attempts, 9);
      assert.equal(delivered.lastStatusCode, 200);
      const again = await client.raw('POST', `${base}/${hook.id}/deliveries/${failed.id}/retry`);
      assert.equal(again.status, 409);
      const topics = await client.call<{ data: string[] }>('GET', '/api/webhook-topics');
      assert.ok(topics.data.includes('order.placed') && topics.data.includes('store.updated'));
    } finally {
      await receiver.close();
    }
  });

  test('webhooks are OWNER/ADMIN only, 404 across tenants, and private targets are refused by default', async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const hook = await a.client.call<Endpoint>('POST', `/api/stores/${a.store.id}/webhooks`, {
      url: 'https://example.test/h',
    });
    const cross = await b.client.raw('GET', `/api/stores/${b.store.id}/webhooks/${hook.id}`);
    assert.equal(cross.status, 404);
    const bad = await a.client.raw('POST', '/api/webhooks', { url: 'ftp://x', events: ['Not Valid'] });
    assert.equal(bad.status, 400);
    assert.equal((bad.body as { errors: unknown[] }).errors.length, 2);
    const shopper = await anonymous(server).account.register(a.store.domain, {
      email: 'wh@example.test',
      password: 'shopper password',
      firstName: 'W',
      lastName: 'H',
    });
    const denied = await anonymous(server).raw('GET', '/api/webhooks', undefined, {
      token: shopper.accessToken,
    });
    assert.equal(denied.status, 401);
  });
});

describe('webhook targets on private networks', () => {
  test('are refused when WEBHOOK_ALLOW_PRIVATE is off (the default)', async (t) => {
    const strict = await startTestServer({ deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
    t.after(() => strict.close());
    const receiver = await startReceiver();
    t.after(() => receiver.close());
    const { client, store } = await newMerchantWithStore(strict);
    const hook = await client.call<Endpoint>('POST', `/api/stores/${store.id}/webhooks`, {
      url: receiver.url,
    });
    await client.call('POST', `/api/stores/${store.id}/webhooks/${hook.id}/ping`);
    const attempt = await eventually(async () => {
      const list = await client.call<{ data: Array<Delivery & { lastError: string | null }> }>(
        'GET',
        `/api/stores/${store.id}/webhooks/${hook.id}/deliveries`,
      );
      return list.data[0]?.lastError ? list.data[0] : undefined;
    }, 'a refused attempt');
    assert.match(attempt.lastError ?? '', /private address/);
    assert.equal(receiver.hits.length, 0);
  });
});
