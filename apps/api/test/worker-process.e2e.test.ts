import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Child, startChild } from './child-process.ts';
import { eventually, startMailbox, startReceiver } from './mailbox.ts';
import { sellingShop } from './orders.ts';
import { startTestServer, type TestServer } from './server.ts';

// Deployments that scale the API out run it with RUN_JOBS=0 and one `npm run worker`. The worker
// is started with the API's environment, RUN_JOBS=0 included: it must still run everything in
// the background (subscriptions, emails, webhooks), since nothing else does.
let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let worker: Child | undefined;
before(async () => {
  mailbox = await startMailbox();
  receiver = await startReceiver();
  server = await startTestServer({ runJobs: false, webhookAllowPrivate: true });
});
after(async () => {
  await worker?.stop();
  await server.close();
  await Promise.all([mailbox.close(), receiver.close()]);
});

describe('npm run worker', () => {
  test('with RUN_JOBS=0 like the API, it delivers subscriptions, emails and webhooks', async () => {
    const s = await sellingShop(server);
    await s.client.call('POST', `/api/stores/${s.store.id}/webhooks`, {
      url: receiver.url,
      events: ['order.*'],
    });
    const order = await s.place(1, { email: 'worker-buyer@example.test' });
    const db = server.platform.db;
    const unpublished = async () =>
      (
        await db.withPlatform((tx) =>
          sql<{ n: number }>`select count(*)::int as n from outbox_events
            where payload->>'orderId' = ${order.id} and published_at is null`.execute(tx),
        )
      ).rows[0]?.n;
    assert.ok(((await unpublished()) ?? 0) > 0, 'the API (RUN_JOBS=0) delivers nothing itself');

    worker = startChild('worker', {
      DATABASE_URL: server.config.databaseUrl ?? '',
      REDIS_URL: server.config.redisUrl ?? '',
      REDIS_PREFIX: server.config.redisPrefix,
      RUN_JOBS: '0',
      SMTP_URL: mailbox.url,
      WEBHOOK_ALLOW_PRIVATE: '1',
      DELIVERY_POLL_MS: '50',
    });
    await worker.waitFor(/Ventory worker running/);

    const mail = await eventually(() => mailbox.to('worker-buyer@example.test')[0], 'the order confirmation');
    assert.match(mail.subject, new RegExp(String(order.orderNumber)));
    const hit = await eventually(
      () => receiver.hits.find((h) => h.headers['ventory-event'] === 'order.placed'),
      'the order.placed webhook',
    );
    assert.match(hit.body, new RegExp(order.id));
    await eventually(async () => (await unpublished()) === 0, 'the outbox drained');
    const log = await db.withPlatform((tx) =>
      sql<{ consumer: string; status: string }>`select d.consumer, d.status from event_deliveries d
        join outbox_events o on o.tenant_id = d.tenant_id and o.id = d.event_id
        where o.payload->>'orderId' = ${order.id} and o.topic = 'order.placed'`.execute(tx),
    );
    const consumers = Object.fromEntries(log.rows.map((r) => [r.consumer, r.status]));
    for (const consumer of ['fulfillment', 'order-confirmation', 'customers', 'paid-order'])
      assert.equal(consumers[consumer], 'DONE', `${consumer}: ${JSON.stringify(consumers)}`);
  });
});
