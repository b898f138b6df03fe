import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SavedView } from '@ventory/sdk';
import { addMember, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Problem = { code: string; errors?: Array<{ path: string; message: string }> };
const names = (views: SavedView[]) => views.map((v) => v.name);

describe('saved views', () => {
  test('save, list, rename and delete one of my views; built-ins come first and stay', async () => {
    const m = await newMerchantWithStore(server);
    const fresh = await m.client.savedViews.list('orders');
    assert.deepEqual(names(fresh.data), ['All orders', 'To fulfil', 'Unpaid']);
    assert.ok(fresh.data.every((v) => v.builtIn && !v.editable && v.owner === null));

    const view = await m.client.savedViews.create({
      resource: 'orders',
      name: '  Unpaid this week ',
      filters: { paymentStatus: 'PENDING', sort: '-createdAt' },
    });
    assert.equal(view.name, 'Unpaid this week');
    assert.deepEqual(view.filters, { paymentStatus: 'PENDING', sort: '-createdAt' });
    assert.deepEqual([view.shared, view.builtIn, view.editable], [false, false, true]);
    assert.equal(view.owner?.email, m.email);

    const renamed = await m.client.savedViews
      .update(view.id, { name: 'Unpaid', filters: {} })
      .catch((e) => e);
    assert.equal(renamed.status, 409, 'a built-in name is refused');
    assert.deepEqual(renamed.problem.errors, [{ path: 'name', message: 'is the name of a built-in view' }]);
    const ok = await m.client.savedViews.update(view.id, { name: 'Awaiting payment', shared: true });
    assert.deepEqual([ok.name, ok.shared, ok.filters.paymentStatus], ['Awaiting payment', true, 'PENDING']);
    assert.deepEqual(names((await m.client.savedViews.list('orders')).data).slice(3), ['Awaiting payment']);

    await m.client.savedViews.delete(view.id);
    assert.equal((await m.client.savedViews.list('orders')).data.length, 3);
    assert.equal((await m.client.raw('DELETE', `/api/saved-views/${view.id}`)).status, 404);
    const builtIn = await m.client.raw<Problem>('DELETE', '/api/saved-views/builtin-orders-unpaid');
    assert.deepEqual([builtIn.status, builtIn.body.code], [403, 'FORBIDDEN']);
    const renameBuiltIn = await m.client.raw('PUT', '/api/saved-views/builtin-orders-unpaid', { name: 'X' });
    assert.equal(renameBuiltIn.status, 403);
  });

  test('validation: 400 with the field for an empty name, bad filters, an unknown resource', async () => {
    const m = await newMerchantWithStore(server);
    const post = (body: unknown) => m.client.raw<Problem>('POST', '/api/saved-views', body);
    const paths = async (body: unknown) => {
      const res = await post(body);
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.code, 'VALIDATION_FAILED');
      return (res.body.errors ?? []).map((e) => e.path);
    };
    const base = { resource: 'orders', name: 'Mine', filters: { status: 'PENDING' } };
    assert.deepEqual(await paths({ ...base, name: '   ' }), ['name']);
    assert.deepEqual(await paths({ ...base, name: 'x'.repeat(61) }), ['name']);
    assert.deepEqual(await paths({ ...base, resource: 'invoices' }), ['resource']);
    assert.deepEqual(await paths({ ...base, filters: { status: ['PENDING'] } }), ['filters.status']);
    assert.deepEqual(await paths({ ...base, filters: { nested: { a: '1' } } }), ['filters.nested']);
    assert.deepEqual(await paths({ ...base, filters: 'status=PENDING' }), ['filters']);
    assert.deepEqual(await paths({ ...base, filters: { 'bad key!': '1' } }), ['filters.bad key!']);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    assert.deepEqual(await paths({ ...base, filters: many }), ['filters']);
    const big = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, 'v'.repeat(190)]));
    assert.deepEqual(await paths({ ...base, filters: big }), ['filters']);
    assert.deepEqual(await paths({ ...base, owner: 'someone' }), ['(root)']);
    assert.equal((await m.client.raw('GET', '/api/saved-views')).status, 400);
    assert.equal((await m.client.raw('GET', '/api/saved-views?resource=invoices')).status, 400);

    await m.client.savedViews.create({ resource: 'orders', name: 'Mine', filters: {} });
    const duplicate = await post({ ...base, name: 'MINE' });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.code, 'DUPLICATE_VIEW_NAME');
    assert.deepEqual(duplicate.body.errors, [
      { path: 'name', message: 'is already the name of one of your views' },
    ]);
    const [mine] = (await m.client.savedViews.list('orders')).data.slice(3);
    const empty = await m.client.raw<Problem>('PUT', `/api/saved-views/${mine?.id}`, {});
    assert.equal(empty.status, 400);
    const notAnId = await m.client.raw<Problem>('PUT', '/api/saved-views/not-a-view', { name: 'X' });
    assert.equal(notAnId.status, 400);
  });

  test('another user sees my shared views read-only and not my private ones; cannot change mine', async () => {
    const owner = await newMerchantWithStore(server);
    const staff = await addMember(server, owner, 'STAFF');
    const shared = await owner.client.savedViews.create({
      resource: 'orders',
      name: 'To ship from Leeds',
      filters: { fulfillmentStatus: 'UNFULFILLED' },
      shared: true,
    });
    const secret = await owner.client.savedViews.create({ resource: 'orders', name: 'Mine', filters: {} });

    const seen = (await staff.client.savedViews.list('orders')).data.slice(3);
    assert.deepEqual(names(seen), ['To ship from Leeds']);
    assert.deepEqual([seen[0]?.editable, seen[0]?.owner?.email], [false, owner.email]);

    for (const [method, body] of [
      ['PUT', { name: 'Hijacked' }],
      ['DELETE', undefined],
    ] as const) {
      const denied = await staff.client.raw<Problem>(method, `/api/saved-views/${shared.id}`, body);
      assert.equal(denied.status, 403, `${method} a shared view`);
      const hidden = await staff.client.raw<Problem>(method, `/api/saved-views/${secret.id}`, body);
      assert.equal(hidden.status, 404, `${method} a private view`);
    }
    assert.deepEqual(names((await owner.client.savedViews.list('orders')).data.slice(3)), [
      'To ship from Leeds',
      'Mine',
    ]);
    // The staff user's own view may have a name the owner's views have; theirs come first.
    await staff.client.savedViews.create({ resource: 'orders', name: 'Mine', filters: {} });
    const staffList = (await staff.client.savedViews.list('orders')).data.slice(3);
    assert.deepEqual(
      staffList.map((v) => [v.name, v.editable]),
      [
        ['Mine', true],
        ['To ship from Leeds', false],
      ],
    );
  });

  test('another tenant sees nothing of mine and cannot touch it', async () => {
    const a = await newMerchantWithStore(server, 'Tenant A');
    const b = await newMerchantWithStore(server, 'Tenant B');
    const view = await a.client.savedViews.create({
      resource: 'orders',
      name: 'Shared in A',
      filters: { status: 'PENDING' },
      shared: true,
    });
    assert.deepEqual(names((await b.client.savedViews.list('orders')).data), [
      'All orders',
      'To fulfil',
      'Unpaid',
    ]);
    assert.equal(
      (await b.client.raw('PUT', `/api/saved-views/${view.id}`, { name: 'B was here' })).status,
      404,
    );
    assert.equal((await b.client.raw('DELETE', `/api/saved-views/${view.id}`)).status, 404);
    const still = (await a.client.savedViews.list('orders')).data.find((v) => v.id === view.id);
    assert.equal(still?.name, 'Shared in A');
  });
});
