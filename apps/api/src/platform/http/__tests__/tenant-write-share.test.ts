import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../errors.ts';
import { createTenantWriteShare } from '../tenant-write-share.ts';

// A tenant's share of the process's storefront writes (issue 17, fairness).

/** A write that runs until `finish()` is called; `started` tells whether the share let it in. */
function write() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const state = { started: false, finish: () => finish() };
  const body = async () => {
    state.started = true;
    await done;
  };
  return { state, body };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('tenant write share', () => {
  test('a tenant alone in the process runs all its writes at once', async () => {
    const share = createTenantWriteShare({ share: 2, saturated: () => true });
    const writes = Array.from({ length: 5 }, write);
    const runs = writes.map((w) => share.run('a', w.body));
    await tick();
    assert.deepEqual(share.usage('a'), { running: 5, waiting: 0 });
    for (const w of writes) w.state.finish();
    await Promise.all(runs);
  });

  test('while another tenant is active, a tenant runs its share and queues the rest in order', async () => {
    let clock = 0;
    const share = createTenantWriteShare({
      share: 2,
      activeMs: 1000,
      now: () => clock,
      saturated: () => true,
    });
    share.seen('b'); // another store is reading
    const writes = Array.from({ length: 5 }, write);
    const order: number[] = [];
    const runs = writes.map((w, i) => share.run('a', () => w.body().then(() => void order.push(i))));
    await tick();
    assert.deepEqual(
      writes.map((w) => w.state.started),
      [true, true, false, false, false],
    );
    assert.deepEqual(share.usage('a'), { running: 2, waiting: 3 });

    // B's own writes do not wait behind A's queue.
    const b = write();
    const bRun = share.run('b', b.body);
    await tick();
    assert.equal(b.state.started, true);
    b.state.finish();
    await bRun;

    writes[1]?.state.finish();
    await tick();
    assert.deepEqual(
      writes.map((w) => w.state.started),
      [true, true, true, false, false],
      'a finished write lets the oldest waiting one in',
    );
    // B has gone quiet: the next write to finish lets every waiting one in.
    clock += 1500;
    writes[0]?.state.finish();
    await tick();
    assert.deepEqual(share.usage('a'), { running: 3, waiting: 0 });
    for (const w of writes) w.state.finish();
    await Promise.all(runs);
    assert.deepEqual(order.slice(0, 2), [1, 0]);
  });

  test("a tenant's quick writes, one after another, take at most its part of each quarter second", async () => {
    let clock = 1000; // the start of a quarter second
    const share = createTenantWriteShare({
      share: 1,
      timeShare: 0.5,
      now: () => clock,
      saturated: () => true,
    });
    try {
      share.seen('b');
      const quick = async (ms: number) => {
        const w = write();
        const run = share.run('a', w.body);
        await tick();
        assert.equal(w.state.started, true);
        clock += ms;
        w.state.finish();
        await run;
      };
      await quick(100);
      await quick(30); // 130 ms of this quarter second's 250 taken: past its half
      const next = write();
      const nextRun = share.run('a', next.body);
      await tick();
      assert.equal(next.state.started, false, 'the next write waits for the next quarter second');
      const b = write();
      const bRun = share.run('b', b.body);
      await tick();
      assert.equal(b.state.started, true, "another tenant's write does not wait");
      clock = 1250;
      await new Promise((r) => setTimeout(r, 300)); // the share looks at its queues every quarter second
      assert.equal(next.state.started, true, 'a new quarter second lets it in');
      for (const w of [next, b]) w.state.finish();
      await Promise.all([nextRun, bRun]);
    } finally {
      share.close();
    }
  });

  test('a process with CPU to spare limits no one, and lets the waiting in once it has', async () => {
    let saturated = false;
    const share = createTenantWriteShare({ share: 1, saturated: () => saturated });
    share.seen('b');
    const writes = Array.from({ length: 3 }, write);
    const runs = writes.map((w) => share.run('a', w.body));
    await tick();
    assert.deepEqual(share.usage('a'), { running: 3, waiting: 0 }, 'writes waiting on a gateway cost no CPU');
    saturated = true;
    const more = Array.from({ length: 3 }, write);
    const moreRuns = more.map((w) => share.run('a', w.body));
    await tick();
    assert.deepEqual(share.usage('a'), { running: 3, waiting: 3 });
    saturated = false;
    writes[0]?.state.finish();
    await tick();
    assert.deepEqual(share.usage('a'), { running: 5, waiting: 0 });
    for (const w of [...writes, ...more]) w.state.finish();
    await Promise.all([...runs, ...moreRuns]);
  });

  test('the default measure of saturation is the event loop: a busy loop shares, an idle one does not', async () => {
    const share = createTenantWriteShare({ share: 1 });
    try {
      share.seen('b');
      const first = write();
      const firstRun = share.run('a', first.body);
      const idle = write();
      const idleRun = share.run('a', idle.body);
      await tick();
      assert.equal(idle.state.started, true, 'an idle process lets a second write in');
      // A blocked event loop: the sample taken as soon as it is free again finds it busy for 2 s
      // of the window since the previous one (a quarter second earlier, or later on a slow machine:
      // up to half a second of idle still leaves it at 0.8).
      const until = Date.now() + 2000;
      while (Date.now() < until);
      await new Promise((r) => setTimeout(r, 1));
      share.seen('b');
      const late = write();
      const lateRun = share.run('a', late.body);
      await tick();
      assert.equal(late.state.started, false, 'a saturated process queues beyond the share');
      for (const w of [first, idle, late]) w.state.finish();
      await Promise.all([firstRun, idleRun, lateRun]);
    } finally {
      share.close();
    }
  });

  test('a write that waits longer than the queue allows fails as a 503 and leaves the queue', async () => {
    const share = createTenantWriteShare({ share: 1, maxWaitMs: 30, saturated: () => true });
    share.seen('b');
    const first = write();
    const running = share.run('a', first.body);
    const late = write();
    const err = await share.run('a', late.body).catch((e: unknown) => e);
    assert.ok(err instanceof DomainError);
    assert.equal(err.kind, 'UNAVAILABLE');
    assert.equal(err.details.retryAfterSeconds, 2);
    assert.equal(late.state.started, false, 'nothing of the write ran');
    assert.deepEqual(share.usage('a'), { running: 1, waiting: 0 });
    first.state.finish();
    await running;
    assert.deepEqual(share.usage('a'), { running: 0, waiting: 0 });
  });

  test('a write that fails gives its turn back', async () => {
    const share = createTenantWriteShare({ share: 1, saturated: () => true });
    share.seen('b');
    await assert.rejects(
      share.run('a', async () => {
        throw new Error('declined');
      }),
      /declined/,
    );
    assert.deepEqual(share.usage('a'), { running: 0, waiting: 0 });
    assert.equal(await share.run('a', async () => 'next'), 'next');
  });
});
