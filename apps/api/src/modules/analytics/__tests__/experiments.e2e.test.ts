import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import type { Json } from '../../../../test/shop.ts';
import { twoProportionZTest, wilsonInterval } from '../stats.ts';
import { sellingStore } from './helpers.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Assignment = { experiment: string; variant: string; active: boolean };
type Report = {
  control: string;
  variants: Array<{
    key: string;
    sessions: number;
    conversions: number;
    conversionRate: number;
    conversionInterval: unknown;
    revenue: string;
    vsControl: unknown;
  }>;
};

describe('A/B testing', () => {
  test('sticky assignment per session, conversions from real orders, z-test against the control', async () => {
    const s = await sellingStore(server);
    const { listing } = await s.product({ name: 'Kettle', price: '20.00', stock: 100 });
    const e = await s.client.call<Json>('POST', `${s.admin}/experiments`, {
      key: 'hero-banner',
      name: 'Hero banner',
      variants: [
        { key: 'control', weight: 50 },
        { key: 'bold', weight: 50 },
      ],
    });
    const shopper = anonymous(server);
    const assignment = (sessionId: string) =>
      shopper.call<Assignment>('GET', `${s.sf}/experiments/hero-banner/assignment?sessionId=${sessionId}`);
    const bySession = new Map<string, string>();
    for (let i = 0; i < 30; i++) bySession.set(`visitor-${i}`, (await assignment(`visitor-${i}`)).variant);
    for (const [session, variant] of [...bySession].slice(0, 10))
      assert.equal((await assignment(session)).variant, variant, 'the same session keeps its variant');
    const control = [...bySession].filter(([, v]) => v === 'control').map(([k]) => k);
    const bold = [...bySession].filter(([, v]) => v === 'bold').map(([k]) => k);
    assert.ok(control.length > 0 && bold.length > 0, 'both variants get traffic');

    // Orders placed from carts of the sessions: one in control, three in bold (when it has three).
    const buy = (sessionId: string) => s.order([{ listingId: listing.id, quantity: 1 }], { sessionId });
    await buy(control[0] as string);
    const boldBuyers = bold.slice(0, 3);
    for (const session of boldBuyers) await buy(session);
    // A session never assigned that buys does not count.
    await buy('not-in-the-experiment');

    const r = await s.client.call<Report>('GET', `${s.admin}/experiments/${e.id}/report`);
    assert.equal(r.control, 'control');
    const [c, b] = r.variants;
    assert.deepEqual(
      [c?.key, c?.sessions, c?.conversions, c?.revenue],
      ['control', control.length, 1, '25.00'],
    );
    assert.deepEqual(
      [b?.key, b?.sessions, b?.conversions, b?.revenue],
      ['bold', bold.length, boldBuyers.length, `${25 * boldBuyers.length}.00`],
    );
    assert.equal(c?.vsControl, null);
    assert.deepEqual(b?.conversionInterval, wilsonInterval(bold.length, boldBuyers.length));
    assert.deepEqual(
      b?.vsControl,
      twoProportionZTest({ n: control.length, x: 1 }, { n: bold.length, x: boldBuyers.length }),
    );

    const gql = await s.client.call<{ data: { experimentReport: Report } }>('POST', '/graphql', {
      query: 'query($s: ID!, $id: ID!) { experimentReport(storeId: $s, id: $id) }',
      variables: { s: s.store.id, id: e.id },
    });
    assert.equal(gql.data.experimentReport.variants[1]?.conversions, boldBuyers.length);

    // A new split applies to new sessions; assigned sessions keep their variant.
    await s.client.analytics.experiments.update(s.store.id, String(e.id), {
      variants: [
        { key: 'control', weight: 0 },
        { key: 'bold', weight: 100 },
      ],
    });
    assert.equal((await assignment(control[0] as string)).variant, 'control');
    assert.equal((await assignment('newcomer-0')).variant, 'bold');
    // Stopped: everyone sees the control and nothing more is recorded.
    await s.client.call('PUT', `${s.admin}/experiments/${e.id}`, { status: 'STOPPED' });
    assert.deepEqual(await assignment('newcomer-1'), {
      experiment: 'hero-banner',
      variant: 'control',
      active: false,
    });
    const after = await s.client.call<Report>('GET', `${s.admin}/experiments/${e.id}/report`);
    assert.equal(
      after.variants.reduce((n, v) => n + v.sessions, 0),
      31, // the 30 visitors and newcomer-0; nothing for newcomer-1
    );
  });

  test('an event goal counts sessions that sent the event after assignment', async () => {
    const s = await sellingStore(server);
    const e = await s.client.call<Json>('POST', `${s.admin}/experiments`, {
      key: 'cta-colour',
      name: 'CTA colour',
      goal: 'add_to_cart',
      variants: [
        { key: 'blue', weight: 100 },
        { key: 'green', weight: 0 },
      ],
    });
    const shopper = anonymous(server);
    for (const id of ['shopper-aaa', 'shopper-bbb', 'shopper-ccc'])
      assert.equal(
        (await shopper.call<Assignment>('GET', `${s.sf}/experiments/cta-colour/assignment?sessionId=${id}`))
          .variant,
        'blue',
      );
    await shopper.call('POST', `${s.sf}/events`, { sessionId: 'shopper-aaa', type: 'add_to_cart' });
    await shopper.call('POST', `${s.sf}/events`, { sessionId: 'shopper-zzz', type: 'add_to_cart' });
    const r = await s.client.call<Report>('GET', `${s.admin}/experiments/${e.id}/report`);
    assert.deepEqual(
      r.variants.map((v) => [v.key, v.sessions, v.conversions, v.conversionRate]),
      [
        ['blue', 3, 1, 0.3333],
        ['green', 0, 0, 0],
      ],
    );
  });

  test('validation: split must add to 100, keys unique per store, unknown experiment 404', async () => {
    const s = await sellingStore(server);
    const bad = await s.client.raw<{ errors: Array<{ path: string }> }>('POST', `${s.admin}/experiments`, {
      key: 'x',
      name: 'X',
      variants: [
        { key: 'a', weight: 50 },
        { key: 'b', weight: 40 },
      ],
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      bad.body.errors.map((x) => x.path),
      ['variants'],
    );
    const body = {
      key: 'dup',
      name: 'Dup',
      variants: [
        { key: 'a', weight: 50 },
        { key: 'b', weight: 50 },
      ],
    };
    assert.equal((await s.client.raw('POST', `${s.admin}/experiments`, body)).status, 201);
    const again = await s.client.raw<{ code: string }>('POST', `${s.admin}/experiments`, body);
    assert.deepEqual([again.status, again.body.code], [409, 'DUPLICATE_KEY']);
    const missing = await anonymous(server).raw(
      'GET',
      `${s.sf}/experiments/nope/assignment?sessionId=abcdefgh`,
    );
    assert.equal(missing.status, 404);
    const noSession = await anonymous(server).raw('GET', `${s.sf}/experiments/dup/assignment`);
    assert.equal(noSession.status, 400);
  });
});
