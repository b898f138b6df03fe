import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Preview = { count: number; sample: Array<{ email: string | null }> };
type Problem = { errors: Array<{ path: string }> };

describe('segment preview and members', () => {
  test('rules give exactly the expected customers, ALL vs ANY; bad rules name their field; tenants apart', async () => {
    const s = await sellingShop(server);
    await s.place(2, { email: 'big@example.test' }); // 55.00 spent, one order
    await eventually(
      async () => (await s.client.customers.list(s.store.id, '?q=big@')).data[0]?.orderCount === 1,
      'the guest counted',
    );
    await s.client.customers.create(s.store.id, {
      email: 'trade@example.test',
      tags: ['wholesale'],
      marketingConsent: true,
    });
    await s.client.customers.create(s.store.id, { email: 'quiet@example.test' });
    const preview = (rules: Record<string, unknown>) =>
      s.client.raw<Preview>('POST', `${s.admin}/segments/preview`, { rules });
    const emails = async (rules: Record<string, unknown>) => {
      const r = await preview(rules);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.count, r.body.sample.length);
      return r.body.sample.map((c) => c.email).sort();
    };

    assert.deepEqual(await emails({ totalSpentAtLeast: '50.00', orderCountAtLeast: 1 }), [
      'big@example.test',
    ]);
    assert.deepEqual(await emails({ totalSpentAtLeast: '50.00', hasTag: 'wholesale' }), []);
    assert.deepEqual(await emails({ match: 'any', totalSpentAtLeast: '50.00', hasTag: 'wholesale' }), [
      'big@example.test',
      'trade@example.test',
    ]);
    assert.deepEqual(
      await emails({ marketingConsent: false, orderCountAtLeast: 0 }).then((e) => e.length),
      2,
    );
    assert.equal((await preview({})).body.count, 3);
    // The other side of each comparison: at most, within, does not include.
    assert.deepEqual(await emails({ totalSpentAtMost: '54.99' }), [
      'quiet@example.test',
      'trade@example.test',
    ]);
    assert.deepEqual(await emails({ totalSpentAtMost: '55.00', orderCountAtMost: 1, orderedWithinDays: 1 }), [
      'big@example.test',
    ]);
    assert.deepEqual(await emails({ orderCountAtMost: 0, lacksTag: 'wholesale' }), ['quiet@example.test']);
    assert.deepEqual(await emails({ orderedWithinDays: 30, noOrderInDays: 30 }), []);

    for (const [rules, path] of [
      [{ totalSpentAtLeast: 'lots' }, 'rules.totalSpentAtLeast'],
      [{ orderCountAtLeast: -1 }, 'rules.orderCountAtLeast'],
      [{ match: 'some' }, 'rules.match'],
      [{ totalSpentAtMost: '1.2.3' }, 'rules.totalSpentAtMost'],
      [{ orderedWithinDays: 0 }, 'rules.orderedWithinDays'],
      [{ lacksTag: ' ' }, 'rules.lacksTag'],
    ] as const) {
      const bad = await preview(rules);
      assert.equal(bad.status, 400, JSON.stringify(bad.body));
      assert.deepEqual([...new Set((bad.body as unknown as Problem).errors.map((e) => e.path))], [path]);
    }
    const unknown = await preview({ shoeSize: 44 });
    assert.equal(unknown.status, 400);

    const seg = await s.client.call<{ id: string }>('POST', `${s.admin}/segments`, {
      name: 'Spenders or trade',
      rules: { match: 'any', totalSpentAtLeast: '50.00', hasTag: 'wholesale' },
    });
    const members = await s.client.call<{ total: number; data: Array<{ email: string }> }>(
      'GET',
      `${s.admin}/segments/${seg.id}/members?limit=1`,
    );
    assert.equal(members.total, 2);
    assert.equal(members.data.length, 1);

    const narrowed = await s.client.call<{ rules: Record<string, unknown> }>(
      'PUT',
      `${s.admin}/segments/${seg.id}`,
      { rules: { hasTag: 'wholesale' } },
    );
    assert.deepEqual(narrowed.rules, { hasTag: 'wholesale' });
    const badPut = await s.client.raw<Problem>('PUT', `${s.admin}/segments/${seg.id}`, {
      rules: { orderCountAtLeast: 'x' },
    });
    assert.equal(badPut.status, 400);
    const got = await s.client.call<{ rules: Record<string, unknown> }>(
      'GET',
      `${s.admin}/segments/${seg.id}`,
    );
    assert.deepEqual(got.rules, { hasTag: 'wholesale' });
    const now = await s.client.call<{ data: Array<{ email: string }> }>(
      'GET',
      `${s.admin}/segments/${seg.id}/members`,
    );
    assert.deepEqual(
      now.data.map((c) => c.email),
      ['trade@example.test'],
    );

    const b = await newMerchantWithStore(server, 'Tenant B');
    const theirs = `/api/stores/${b.store.id}/segments`;
    assert.equal((await b.client.raw('GET', `${theirs}/${seg.id}/members`)).status, 404);
    assert.equal((await b.client.raw('GET', `${theirs}/${seg.id}`)).status, 404);
    assert.equal((await b.client.raw('PUT', `${theirs}/${seg.id}`, { name: 'B' })).status, 404);
    assert.ok(
      [403, 404].includes((await b.client.raw('GET', `${s.admin}/segments/${seg.id}/members`)).status),
    );
    const empty = await b.client.call<Preview>('POST', `${theirs}/preview`, { rules: {} });
    assert.equal(empty.count, 0);
  });
});
