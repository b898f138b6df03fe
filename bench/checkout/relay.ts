/**
 * The outbox relay: how fast a sale's events reach their subscribers once the sale is over. A
 * purchase loop (BENCH_CONNECTIONS = 20 autocannon connections, cart with one unit of one of 20
 * items → checkout with the test card) runs for BENCH_SECONDS (10) against an API with jobs off,
 * so every event it writes waits in the outbox. Then an API process with jobs on (as `npm start`
 * runs it) drains for BENCH_SECONDS with no other load: events and deliveries a second, and the
 * CPU the API process and PostgreSQL spent per event.
 * `npm run bench -- checkout` runs it after the checkout benchmarks; writes bench/checkout/relay.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTestDatabase } from '../../apps/api/test/database.ts';
import { countCpu } from '../cpu.mts';
import { apiEnv, purchaseRequests, settleFresh, shop, start } from './harness.mts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ITEMS = 20;

/** Purchases in a loop, each connection buying one unit of the next item. */
function purchases(url: string, domain: string, listingIds: string[], cardId: string) {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 40,
    requests: purchaseRequests(domain, () => listingIds[next++ % listingIds.length], cardId),
  });
}

const database = await createTestDatabase();
const owner = new pg.Pool({ connectionString: database.url, max: 1 });
const count = async (sql: string) => (await owner.query<{ n: number }>(sql)).rows[0]?.n ?? 0;
const env = apiEnv(database.url, { RUN_JOBS: '0' });
try {
  const seller = await start('bench/storefront/api-server.mts', env, /API_URL=(\S+)/);
  let orders = 0;
  let written = 0;
  try {
    const store = await shop(seller.url, 'Relay', ITEMS, 1_000_000);
    await settleFresh(database.url);
    await purchases(
      seller.url,
      store.store.domain,
      store.items.map((i) => i.listingId),
      store.card.id,
    );
    orders = await count('select count(*)::int as n from orders');
    written = await count('select count(*)::int as n from outbox_events where published_at is null');
  } finally {
    seller.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
  }
  const deliveriesBefore = await count(
    `select count(*)::int as n from event_deliveries where status = 'DONE'`,
  );
  const relay = await start('bench/storefront/api-server.mts', { ...env, RUN_JOBS: '1' }, /API_URL=(\S+)/);
  try {
    const cpu = countCpu(relay.child.pid as number);
    const began = performance.now();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const used = cpu();
    const seconds = (performance.now() - began) / 1000;
    const drained =
      written - (await count('select count(*)::int as n from outbox_events where published_at is null'));
    const deliveries =
      (await count(`select count(*)::int as n from event_deliveries where status = 'DONE'`)) -
      deliveriesBefore;
    const perEvent = (s: number) => Number(((1000 * s) / Math.max(1, drained)).toFixed(2));
    const out = {
      when: new Date().toISOString(),
      seconds: SECONDS,
      connections: CONNECTIONS,
      purchases: orders,
      eventsWaiting: written,
      drainedPerSecond: Math.round(drained / seconds),
      deliveriesPerSecond: Math.round(deliveries / seconds),
      apiCpuMsPerEvent: perEvent(used.server),
      postgresCpuMsPerEvent: perEvent(used.postgres),
      loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    };
    writeFileSync(new URL('./relay.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
    console.log(
      '\n| purchases | events waiting | drained events/s | deliveries/s | CPU ms per event, API + PostgreSQL |',
    );
    console.log('| ---: | ---: | ---: | ---: | --- |');
    console.log(
      `| ${orders} | ${written} | ${out.drainedPerSecond} | ${out.deliveriesPerSecond} | ${out.apiCpuMsPerEvent} + ${out.postgresCpuMsPerEvent} |`,
    );
  } finally {
    relay.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  }
} finally {
  await owner.end();
  await database.drop();
}
