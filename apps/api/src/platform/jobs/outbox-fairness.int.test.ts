import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newMerchant } from '../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';
import { recordEvent } from '../events.ts';
import type { OutboxEvent } from './index.ts';

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
