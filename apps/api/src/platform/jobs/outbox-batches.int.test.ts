import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { newMerchant } from '../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';
import { recordEvent } from '../events.ts';
import { drainOutbox } from './outbox.ts';

// The relay is driven by hand here (no jobs running): each drain is one batch.
let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const numberOf = (payload: unknown) => (payload as { n: number }).n;

async function recordFive(topic: string) {
  const store = await newMerchant(server);
  await server.platform.db.withTenant(store.tenantId, async (tx) => {
    for (let n = 0; n < 5; n++) await recordEvent(tx, topic, { n });
  });
  return store.tenantId;
}

const deliveryLog = (tenantId: string, consumer: string) =>
  server.platform.db.withTenant(tenantId, (tx) =>
    tx
      .selectFrom('eventDeliveries as d')
      .innerJoin('outboxEvents as e', 'e.id', 'd.eventId')
      .select(['e.payload', 'd.status', 'd.attempts', 'd.lastError'])
      .where('d.consumer', '=', consumer)
      .orderBy('e.seq')
      .execute(),
  );

test("a tenant's events reach a subscriber in one transaction, in order, each logged once", async () => {
  const seen: Array<{ n: number; txid: string }> = [];
  server.platform.jobs.subscribe({ consumer: 'test-batch', topics: ['test.batch.*'] }, async (e, tx) => {
    const { rows } = await sql<{ txid: string }>`select txid_current()::text as txid`.execute(tx);
    seen.push({ n: numberOf(e.payload), txid: rows[0]?.txid ?? '' });
  });
  const tenantId = await recordFive('test.batch.event');
  await server.platform.jobRunner.drainOutbox();
  assert.deepEqual(
    seen.map((s) => s.n),
    [0, 1, 2, 3, 4],
  );
  assert.equal(new Set(seen.map((s) => s.txid)).size, 1, 'one transaction for the five');
  const log = await deliveryLog(tenantId, 'test-batch');
  assert.deepEqual(
    log.map((d) => [numberOf(d.payload), d.status, d.attempts]),
    [0, 1, 2, 3, 4].map((n) => [n, 'DONE', 1]),
  );
  // Delivered events are not delivered again (a relay that crashed before marking them published).
  await server.platform.db.withPlatform((tx) =>
    sql`update outbox_events set published_at = null where topic = 'test.batch.event'`.execute(tx),
  );
  await server.platform.jobRunner.drainOutbox();
  assert.equal(seen.length, 5);
});

test("a batch subscriber gets a tenant's events of a batch in one call, in order", async () => {
  const calls: number[][] = [];
  server.platform.jobs.subscribeBatch(
    { consumer: 'test-batch-whole', topics: ['test.whole.*'] },
    async (events) => {
      calls.push(events.map((e) => numberOf(e.payload)));
    },
  );
  await recordFive('test.whole.event');
  await server.platform.jobRunner.drainOutbox();
  assert.deepEqual(calls, [[0, 1, 2, 3, 4]]);
});

test('one failing event of a batch: the others are delivered and their writes kept once; only it is retried', async () => {
  const runs: number[] = [];
  server.platform.jobs.subscribe({ consumer: 'test-batch-fail', topics: ['test.mixed.*'] }, async (e, tx) => {
    const n = numberOf(e.payload);
    runs.push(n);
    // What the subscriber writes commits with its delivery or not at all.
    await recordEvent(tx, 'test.mixed-echo.written', { n });
    if (n === 2) throw new Error('event 2 cannot be delivered');
  });
  const tenantId = await recordFive('test.mixed.event');
  await server.platform.jobRunner.drainOutbox();
  // Tried together (0, 1, then 2 fails and all roll back), then one at a time.
  assert.deepEqual(runs, [0, 1, 2, 0, 1, 2, 3, 4]);
  const log = await deliveryLog(tenantId, 'test-batch-fail');
  assert.deepEqual(
    log.map((d) => [numberOf(d.payload), d.status, d.attempts, d.lastError]),
    [
      [0, 'DONE', 1, null],
      [1, 'DONE', 1, null],
      [2, 'PENDING', 1, 'event 2 cannot be delivered'],
      [3, 'DONE', 1, null],
      [4, 'DONE', 1, null],
    ],
  );
  const written = await server.platform.db.withTenant(tenantId, (tx) =>
    tx
      .selectFrom('outboxEvents')
      .select('payload')
      .where('topic', '=', 'test.mixed-echo.written')
      .orderBy('seq')
      .execute(),
  );
  assert.deepEqual(
    written.map((w) => numberOf(w.payload)),
    [0, 1, 3, 4],
  );
});

test("two relays never deliver one tenant's events side by side: the second leaves the tenant to the first", async () => {
  const seen: number[] = [];
  let firstStarted = () => {};
  const started = new Promise<void>((resolve) => {
    firstStarted = resolve;
  });
  let releaseFirst = () => {};
  const released = new Promise<void>((resolve) => {
    releaseFirst = resolve;
  });
  server.platform.jobs.subscribe({ consumer: 'test-two-relays', topics: ['test.relays.*'] }, async (e) => {
    if (seen.length === 0 && numberOf(e.payload) === 0) {
      firstStarted();
      await released;
    }
    seen.push(numberOf(e.payload));
  });
  // Nothing else waiting (the tests above leave events behind), so this tenant has the batches.
  while ((await server.platform.jobRunner.drainOutbox()) > 0) {}
  const store = await newMerchant(server);
  await server.platform.db.withTenant(store.tenantId, async (tx) => {
    for (let n = 0; n < 10; n++) await recordEvent(tx, 'test.relays.event', { n });
  });
  // Batches of five: the first relay claims events 0-4 and is held inside the delivery of 0.
  const relay = () => drainOutbox(server.platform.db, server.platform.jobs, async () => {}, 5);
  const first = relay();
  await started;
  const second = await relay();
  releaseFirst();
  assert.equal(await first, 5);
  assert.equal(second, 0, 'the second relay claimed none of the tenant events while the first held some');
  await relay();
  assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});
