import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually } from '../../../../test/mailbox.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(() => server.close());

type Segment = { id: string; slug: string; memberCount: number };

describe('customer segments', () => {
  test('rules evaluated in priority order; the first match is stored on the customer; CSV export', async () => {
    const s = await sellingShop(server);
    await s.place(2, { email: 'big@example.test' }); // 55.00 spent
    await eventually(
      async () => (await s.client.customers.list(s.store.id, '?q=big@')).data[0]?.orderCount === 1,
      'the guest counted',
    );
    await s.client.customers.create(s.store.id, { email: 'trade@example.test', tags: ['wholesale'] });
    await s.client.customers.create(s.store.id, { email: 'quiet@example.test', firstName: '=SUM(1)' });
    const make = (name: string, priority: number, rules: Record<string, unknown>) =>
      s.client.call<Segment>('POST', `${s.admin}/segments`, { name, priority, rules });
    await make('VIP', 1, { totalSpentAtLeast: '50.00' });
    await make('Wholesale', 2, { hasTag: 'wholesale' });
    const dormant = await make('Dormant', 3, { noOrderInDays: 90 });
    const dup = await s.client.raw('POST', `${s.admin}/segments`, { name: 'VIP', rules: {} });
    assert.equal((dup.body as { code: string }).code, 'DUPLICATE_SLUG');

    const evaluated = await s.client.call<{ data: Segment[] }>('POST', `${s.admin}/segments/evaluate`);
    assert.deepEqual(
      evaluated.data.map((x) => [x.slug, x.memberCount]),
      [
        ['vip', 1],
        ['wholesale', 1],
        ['dormant', 1],
      ],
    );
    const bySegment = async (slug: string) =>
      (await s.client.customers.list(s.store.id, `?segment=${slug}`)).data.map((c) => c.email);
    assert.deepEqual(await bySegment('vip'), ['big@example.test']);
    assert.deepEqual(await bySegment('wholesale'), ['trade@example.test']);
    assert.deepEqual(await bySegment('dormant'), ['quiet@example.test']);

    const csv = await s.client.raw<string>('GET', `${s.admin}/segments/${dormant.id}/customers.csv`);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.deepEqual(csv.body.split('\n'), [
      'email,firstName,lastName,orderCount,totalSpentMinor,marketingConsent',
      "quiet@example.test,'=SUM(1),,0,0,false",
    ]);

    // Deleting a segment clears it from its members; a re-run moves them to the next match.
    await s.client.call('DELETE', `${s.admin}/segments/${evaluated.data[0]?.id}`);
    assert.deepEqual(await bySegment('vip'), []);
    await s.client.call('POST', `${s.admin}/segments/evaluate`);
    assert.deepEqual(await bySegment('dormant'), ['quiet@example.test']);
    assert.deepEqual((await s.client.customers.list(s.store.id, '?q=big@')).data[0]?.segment, null);
  });
});
