import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { newMerchant } from '../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';
import { recordEvent } from '../events.ts';
import { dueShared, type OutboxEvent } from './index.ts';

// The relay is driven by hand here (no jobs running), so each drain is one batch of 100.
let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

test("one store's burst of events does not hold back another store's: each batch is shared out", async () => {
  const seen: OutboxEvent[] = [];
  server.platform.jobs.subscribe({ consumer: 'test-burst', topics: ['test.burst.*'] }, async (e) => {
    seen.push(e);
  });
  const flashSale = await newMerchant(server);
  const quietStore = await newMerchant(server);
  const { db } = server.platform;
  await db.withTenant(flashSale.tenantId, async (tx) => {
    for (let n = 0; n < 300; n++) await recordEvent(tx, 'test.burst.sale', { n });
  });
  await db.withTenant(quietStore.tenantId, (tx) => recordEvent(tx, 'test.burst.quiet', { n: 0 }));

  await server.platform.jobRunner.drainOutbox();
  const first = seen.splice(0);
  assert.ok(
    first.some((e) => e.tenantId === quietStore.tenantId),
    'the quiet store is served in the first batch, not after the 300 events written before it',
  );
  const sale = first.filter((e) => e.tenantId === flashSale.tenantId);
  assert.ok(sale.length > 0 && sale.length < 100, `the sale gets its share of the batch (${sale.length})`);

  // The rest of the burst goes out, each store's events in the order they were written.
  await server.platform.jobRunner.drain();
  const all = [...sale, ...seen.filter((e) => e.tenantId === flashSale.tenantId)];
  assert.deepEqual(
    all.map((e) => (e.payload as { n: number }).n),
    Array.from({ length: 300 }, (_, n) => n),
  );
});

test("the delivery queues are claimed the same way: a store's 300 due emails leave room for another's one", async () => {
  const flashSale = await newMerchant(server);
  const quietStore = await newMerchant(server);
  const email = (tenantId: string, n: number, due: string) =>
    sql`(${tenantId}::uuid, 'order-confirmation', 'TRANSACTIONAL', 'shopper@example.com', ${`Order ${n}`}, '<p>x</p>', 'x', now() - ${due}::interval)`;
  const { db } = server.platform;
  await db.withPlatform((tx) =>
    sql`insert into email_messages (tenant_id, template, category, to_email, subject, html, text_body, next_attempt_at)
        values ${sql.join([
          ...Array.from({ length: 300 }, (_, n) => email(flashSale.tenantId, n, `${10 + n} seconds`)),
          email(quietStore.tenantId, 0, '1 second'),
        ])}`.execute(tx),
  );
  const claimed = await db.withPlatform(
    async (tx) => (await dueShared('email_messages', 100).execute(tx)).rows,
  );
  const tenants = new Set([flashSale.tenantId, quietStore.tenantId]);
  const ours = claimed.filter((r) => tenants.has(r.tenantId));
  assert.ok(
    ours.some((r) => r.tenantId === quietStore.tenantId),
    'the quiet store is in the first claim',
  );
  assert.ok(ours.filter((r) => r.tenantId === flashSale.tenantId).length < 100);
});

test("a slow subscriber does not hold back another's deliveries of the same batch; each gets its events in order", async () => {
  const slow: number[] = [];
  const fast: number[] = [];
  let fastHadAll = () => {};
  const allFast = new Promise<void>((resolve) => {
    fastHadAll = resolve;
  });
  let slowStillOnFirst = false;
  void allFast.then(() => {
    slowStillOnFirst = slow.length === 0;
  });
  server.platform.jobs.subscribe({ consumer: 'test-lane-slow', topics: ['test.lane.*'] }, async (e) => {
    // Its first delivery waits for the other subscriber to have every event; the valve only makes
    // a relay that serves one subscriber at a time fail here instead of hanging.
    if (slow.length === 0) await Promise.race([allFast, new Promise((r) => setTimeout(r, 10_000))]);
    slow.push((e.payload as { n: number }).n);
  });
  server.platform.jobs.subscribe({ consumer: 'test-lane-fast', topics: ['test.lane.*'] }, async (e) => {
    fast.push((e.payload as { n: number }).n);
    if (fast.length === 10) fastHadAll();
  });
  const store = await newMerchant(server);
  await server.platform.db.withTenant(store.tenantId, async (tx) => {
    for (let n = 0; n < 10; n++) await recordEvent(tx, 'test.lane.event', { n });
  });
  await server.platform.jobRunner.drainOutbox();
  assert.ok(slowStillOnFirst, 'the fast subscriber had all ten events while the slow one was on its first');
  const inOrder = Array.from({ length: 10 }, (_, n) => n);
  assert.deepEqual(slow, inOrder);
  assert.deepEqual(fast, inOrder);
});
