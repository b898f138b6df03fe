import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { newMerchant } from '../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';
import { createInventoryService, SWEEP_JOB } from '../../modules/inventory/index.ts';
import { recordEvent } from '../events.ts';
import type { OutboxEvent } from './index.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: true });
});
after(() => server.close());

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('jobs (pg-boss + outbox relay, in the API process)', () => {
  test('an event written in a tenant transaction reaches subscribers after commit, logged as delivered', async () => {
    const seen: OutboxEvent[] = [];
    server.platform.jobs.subscribe({ consumer: 'test-thing', topics: ['test.thing.happened'] }, async (e) => {
      seen.push(e);
    });
    const { tenantId } = await newMerchant(server);
    await server.platform.db.withTenant(tenantId, (tx) => recordEvent(tx, 'test.thing.happened', { n: 1 }));
    const event = await eventually(async () => seen[0]);
    assert.equal(event.tenantId, tenantId);
    assert.deepEqual(event.payload, { n: 1 });
    // Published once: a second drain delivers nothing new.
    await server.platform.jobRunner.drainOutbox();
    assert.equal(seen.length, 1);
    const log = await server.platform.db.withTenant(tenantId, (tx) =>
      tx.selectFrom('eventDeliveries').selectAll().where('eventId', '=', event.id).execute(),
    );
    assert.deepEqual(
      log.map((d) => [d.consumer, d.status, d.attempts]),
      [['test-thing', 'DONE', 1]],
    );
    // The daily cleanup keeps a week of delivered events.
    await server.platform.jobRunner.runNow('outbox-cleanup');
    const kept = await server.platform.db.withTenant(tenantId, (tx) =>
      tx.selectFrom('outboxEvents').select('id').where('topic', '=', 'test.thing.happened').execute(),
    );
    assert.equal(kept.length, 1);
  });

  test('a failing handler does not block others and is retried through the queue', async () => {
    let attempts = 0;
    let other = 0;
    server.platform.jobs.subscribe({ consumer: 'flaky', topics: ['test.flaky.*'] }, async () => {
      attempts++;
      if (attempts === 1) throw new Error('transient');
    });
    server.platform.jobs.subscribe({ consumer: 'steady', topics: ['test.flaky.*'] }, async () => {
      other++;
    });
    const { tenantId } = await newMerchant(server);
    await server.platform.db.withTenant(tenantId, (tx) => recordEvent(tx, 'test.flaky.event', {}));
    const delivered = async () => {
      const rows = await server.platform.db.withTenant(tenantId, (tx) =>
        tx.selectFrom('eventDeliveries').selectAll().where('topic', '=', 'test.flaky.event').execute(),
      );
      const flaky = rows.find((r) => r.consumer === 'flaky');
      return flaky?.status === 'DONE' ? rows : undefined;
    };
    const log = await eventually(delivered);
    assert.equal(attempts, 2, 'retried once, then delivered');
    assert.equal(other, 1, 'the steady consumer ran once');
    assert.deepEqual(log.map((d) => [d.consumer, d.status, d.attempts, d.lastError]).sort(), [
      ['flaky', 'DONE', 2, null],
      ['steady', 'DONE', 1, null],
    ]);
    // Redelivering the event (a relay that crashed before marking it published) runs nobody again.
    await server.platform.db.withPlatform((tx) =>
      sql`update outbox_events set published_at = null where topic = 'test.flaky.event'`.execute(tx),
    );
    await server.platform.jobRunner.drainOutbox();
    assert.deepEqual([attempts, other], [2, 1]);
  });

  test('the reservation sweep runs as a queued job and frees lapsed holds', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'SW', name: 'Swept', initialStock: 4 });
    const variantId = p.variants[0]?.id ?? '';
    // Hold stock already expired, then let the queue run the sweep.
    const inventory = createInventoryService({ reservationTtlSeconds: 900 });
    await server.platform.db.withTenant(tenantId, (tx) =>
      inventory.reserve(tx, {
        reference: 'old',
        lines: [{ variantId, quantity: 3 }],
        expiresAt: new Date(Date.now() - 1000),
      }),
    );
    // Reads leave the lapsed hold out at once; the stored counter keeps it until the sweep.
    const counter = async () =>
      (
        await server.platform.db.withTenant(tenantId, (tx) =>
          sql<{
            reserved: number;
          }>`select reserved from stock_levels where variant_id = ${variantId}`.execute(tx),
        )
      ).rows[0]?.reserved;
    assert.equal((await client.inventory.products.get(p.id)).stock.reserved, 0);
    assert.equal(await counter(), 3);
    await server.platform.jobRunner.send(SWEEP_JOB);
    await eventually(async () => ((await counter()) === 0 ? true : undefined));
    const ledger = await client.inventory.products.transactions(p.id);
    assert.equal(ledger.data[0]?.type, 'EXPIRE');
  });
});
