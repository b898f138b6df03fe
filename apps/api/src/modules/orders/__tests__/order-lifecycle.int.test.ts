import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import type { TenantTx } from '../../../platform/db/pool.ts';
import { DomainError } from '../../../platform/errors.ts';
import { createOrderService, orderLifecycle } from '../index.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const orders = createOrderService();
const isCode = (code: string) => (e: unknown) => e instanceof DomainError && e.code === code;

async function setup() {
  const m = await newMerchantWithStore(server);
  const run = <T>(fn: (tx: TenantTx) => Promise<T>) => server.platform.db.withTenant(m.tenantId, fn);
  const place = () =>
    run((tx) =>
      orders.createManual(tx, m.store.id, {
        items: [
          { title: 'Mug', unitPrice: '12.00', quantity: 2 },
          { title: 'Poster', unitPrice: '5.00', quantity: 1 },
        ],
      }),
    );
  const row = (id: string) => run((tx) => orderLifecycle.lock(tx, m.store.id, id));
  return { ...m, run, place, row };
}

describe('orderLifecycle (real PostgreSQL)', () => {
  test('transition: the whole forward path, each move written with its patch', async () => {
    const { run, place, row, store } = await setup();
    const o = await place();
    assert.equal((await row(o.id)).status, 'PENDING');
    for (const to of ['PROCESSING', 'SHIPPED', 'DELIVERED', 'RETURNED'] as const)
      await run(async (tx) => {
        const locked = await orderLifecycle.lock(tx, store.id, o.id);
        await orderLifecycle.transition(
          tx,
          locked,
          to,
          to === 'SHIPPED' ? { fulfillmentStatus: 'FULFILLED' } : {},
        );
      });
    const done = await row(o.id);
    assert.equal(done.status, 'RETURNED');
    assert.equal(done.fulfillmentStatus, 'FULFILLED');
  });

  test('transition: refused moves are 409 INVALID_STATE and write nothing', async () => {
    const { run, place, row, store } = await setup();
    const shipped = await place();
    await run(async (tx) =>
      orderLifecycle.transition(tx, await orderLifecycle.lock(tx, store.id, shipped.id), 'SHIPPED', {
        paymentStatus: 'PAID',
      }),
    );
    await assert.rejects(
      run(async (tx) =>
        orderLifecycle.transition(tx, await orderLifecycle.lock(tx, store.id, shipped.id), 'CANCELED', {
          paymentStatus: 'FAILED',
        }),
      ),
      isCode('INVALID_STATE'),
    );
    const after = await row(shipped.id);
    assert.equal(after.status, 'SHIPPED');
    assert.equal(after.paymentStatus, 'PAID');

    const canceled = await place();
    await run(async (tx) =>
      orderLifecycle.transition(tx, await orderLifecycle.lock(tx, store.id, canceled.id), 'CANCELED'),
    );
    for (const to of ['PENDING', 'PROCESSING', 'SHIPPED', 'RETURNED'] as const)
      await assert.rejects(
        run(async (tx) =>
          orderLifecycle.transition(tx, await orderLifecycle.lock(tx, store.id, canceled.id), to),
        ),
        isCode('INVALID_STATE'),
        `CANCELED -> ${to}`,
      );
    assert.equal((await row(canceled.id)).status, 'CANCELED');
  });

  test('advance: moves when allowed, else writes only the patch', async () => {
    const { run, place, row, store } = await setup();
    const o = await place();
    const moved = await run(async (tx) =>
      orderLifecycle.advance(tx, await orderLifecycle.lock(tx, store.id, o.id), 'PROCESSING', {
        fulfillmentStatus: 'PARTIALLY_FULFILLED',
      }),
    );
    assert.equal(moved, true);
    // Delivered before shipped is refused.
    await assert.rejects(
      run(async (tx) =>
        orderLifecycle.transition(tx, await orderLifecycle.lock(tx, store.id, o.id), 'DELIVERED'),
      ),
      isCode('INVALID_STATE'),
    );
    await run(async (tx) =>
      orderLifecycle.transition(tx, await orderLifecycle.lock(tx, store.id, o.id), 'SHIPPED'),
    );
    const stayed = await run(async (tx) =>
      orderLifecycle.advance(tx, await orderLifecycle.lock(tx, store.id, o.id), 'PROCESSING', {
        fulfillmentStatus: 'FULFILLED',
      }),
    );
    assert.equal(stayed, false);
    const r = await row(o.id);
    assert.equal(r.status, 'SHIPPED');
    assert.equal(r.fulfillmentStatus, 'FULFILLED');
  });

  test('record and line counts: progress without a move; the line CHECKs still hold', async () => {
    const { run, place, row } = await setup();
    const o = await place();
    const mug = o.items.find((i) => i.title === 'Mug');
    assert.ok(mug);
    await run(async (tx) => {
      await orderLifecycle.addLineCounts(tx, mug.id, { fulfilled: 2, refunded: 1 });
      await orderLifecycle.record(tx, o.id, {
        fulfillmentStatus: 'PARTIALLY_FULFILLED',
        refunds: [{ id: 'r1' }],
      });
    });
    const r = await row(o.id);
    assert.equal(r.status, 'PENDING');
    assert.equal(r.fulfillmentStatus, 'PARTIALLY_FULFILLED');
    assert.deepEqual(r.refunds, [{ id: 'r1' }]);
    const items = await run((tx) => orders.itemsOf(tx, o.id));
    const counted = items.find((i) => i.id === mug.id);
    assert.equal(counted?.quantityFulfilled, 2);
    assert.equal(counted?.quantityRefunded, 1);
    // More units shipped than the line has: the database refuses, nothing is half-written.
    await assert.rejects(run((tx) => orderLifecycle.addLineCounts(tx, mug.id, { fulfilled: 1 })));
    assert.equal(
      (await run((tx) => orders.itemsOf(tx, o.id))).find((i) => i.id === mug.id)?.quantityFulfilled,
      2,
    );
  });

  test('lock: 404 for an unknown order and for an order of another store', async () => {
    const { run, place, store, client } = await setup();
    const o = await place();
    const other = await client.stores.create({
      name: 'Second',
      domain: `second-${o.id.slice(0, 8)}.localhost`,
    });
    await assert.rejects(
      run((tx) => orderLifecycle.lock(tx, store.id, '00000000-0000-4000-8000-000000000000')),
      isCode('NOT_FOUND'),
    );
    await assert.rejects(
      run((tx) => orderLifecycle.lock(tx, other.id, o.id)),
      isCode('NOT_FOUND'),
    );
    const found = await run((tx) => orderLifecycle.findByNumber(tx, store.id, o.orderNumber));
    assert.equal(found?.id, o.id);
    assert.equal(await run((tx) => orderLifecycle.findByNumber(tx, other.id, o.orderNumber)), undefined);
  });

  test('lock: a second lock of the same order waits for the first commit and sees its move', async () => {
    const { run, place, row, store } = await setup();
    const o = await place();
    const neighbour = await place();
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const first = run(async (tx) => {
      const mine = await orderLifecycle.lock(tx, store.id, o.id);
      locked();
      await held;
      await orderLifecycle.transition(tx, mine, 'CANCELED');
    });
    await isLocked;
    let secondDone = false;
    const second = run(async (tx) => {
      const theirs = await orderLifecycle.lock(tx, store.id, o.id);
      secondDone = true;
      // The row it gets is the committed one: the cancel is seen and PROCESSING is refused.
      assert.equal(theirs.status, 'CANCELED');
      await orderLifecycle.transition(tx, theirs, 'PROCESSING');
    });
    // Its refusal is awaited at the end; the check is attached now, since the refusal can come
    // before `await first` resumes on a loaded machine (an unhandled rejection fails the test).
    const refused = assert.rejects(second, isCode('INVALID_STATE'));
    // Another order is not held by the first lock (lock_timeout turns a wrong wait into an error).
    await run(async (tx) => {
      await sql`set local lock_timeout = '5s'`.execute(tx);
      await orderLifecycle.lock(tx, store.id, neighbour.id);
    });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(secondDone, false, 'the second lock must wait while the first transaction holds it');
    release();
    await first;
    await refused;
    assert.equal(secondDone, true);
    assert.equal((await row(o.id)).status, 'CANCELED');
  });
});
