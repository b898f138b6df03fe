// CSV import of 1,000 products with 3 bad rows: the dry run names them and writes nothing, the
// real run imports 997, a second run changes nothing; a changed row updates; staff are refused.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiError, type ImportReport } from '@ventory/sdk';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const BAD = new Map([
  [101, (i: number) => `IMP-${i},Widget ${i},not-a-price,,5`],
  [502, (_i: number) => `,Nameless,3.00,,5`],
  [903, (i: number) => `IMP-${i},Widget ${i},4.00,,-2`],
]);

function csv(n: number, change?: number): string {
  const lines = ['sku,name,price,description,stock'];
  for (let i = 1; i <= n; i++) {
    const bad = BAD.get(i);
    lines.push(
      bad
        ? bad(i)
        : `IMP-${i},"Widget ${i}, blue",${i === change ? '99.00' : `${(i % 50) + 1}.50`},"Line ""${i}""",${i % 7}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

test('1,000 rows with 3 bad: dry run names them, real run imports 997, a second run changes nothing', async () => {
  const { client } = await newMerchant(server);
  const dry = await client.imports.products(csv(1000), { dryRun: true });
  assert.deepEqual(
    { rows: dry.rows, created: dry.created, failed: dry.failed, dryRun: dry.dryRun },
    { rows: 1000, created: 997, failed: 3, dryRun: true },
  );
  // Line numbers are the file's (the header is line 1).
  assert.deepEqual(
    dry.errors.map((e: ImportReport['errors'][number]) => [e.line, e.errors[0]?.path]),
    [
      [102, 'price'],
      [503, 'sku'],
      [904, 'initialStock'],
    ],
  );
  assert.equal((await client.inventory.products.list('?limit=1')).total, 0, 'a dry run writes nothing');

  const real = await client.imports.products(csv(1000));
  assert.deepEqual([real.created, real.updated, real.unchanged, real.failed], [997, 0, 0, 3]);
  assert.equal((await client.inventory.products.list('?limit=1')).total, 997);
  const one = (await client.inventory.products.list('?q=IMP-10&sort=sku&limit=100')).data.find(
    (p) => p.sku === 'IMP-10',
  );
  assert.equal(one?.name, 'Widget 10, blue');
  assert.equal(one?.description, 'Line "10"');
  assert.equal(one?.stock.onHand, 3);

  const again = await client.imports.products(csv(1000));
  assert.deepEqual([again.created, again.updated, again.unchanged, again.failed], [0, 0, 997, 3]);

  // Export gives the import's columns: feeding it back changes nothing.
  const exported = await client.raw<string>('GET', '/api/inventory/products/export', undefined, {
    headers: { accept: 'text/csv' },
  });
  assert.equal(exported.status, 200);
  assert.match(exported.headers.get('content-type') ?? '', /^text\/csv/);
  assert.equal(exported.body.trim().split('\n').length, 998);
  const roundTrip = await client.imports.products(exported.body);
  assert.deepEqual(
    [roundTrip.created, roundTrip.updated, roundTrip.unchanged, roundTrip.failed],
    [0, 0, 997, 0],
  );

  const changed = await client.imports.products(csv(1000, 20));
  assert.deepEqual([changed.created, changed.updated, changed.unchanged], [0, 1, 996]);
  const twenty = (await client.inventory.products.list('?q=IMP-20&limit=100')).data.find(
    (p) => p.sku === 'IMP-20',
  );
  assert.equal(twenty?.price, '99.00');
});

test('bad files and callers: no sku column, not CSV, STAFF', async () => {
  const { client } = await newMerchant(server);
  const status = (p: Promise<unknown>) =>
    p.then(
      () => 200,
      (e: unknown) => (e instanceof ApiError ? e.status : 0),
    );
  assert.equal(await status(client.imports.products('name,price\nA,1\n')), 400);
  assert.equal((await client.raw('POST', '/api/inventory/products/import', { sku: 'x' })).status, 400);
  assert.equal(await status(client.imports.products('sku,name,price\n"unclosed,A,1\n')), 400);
  const staffEmail = `staff-${Date.now()}@example.test`;
  await client.users.create({ email: staffEmail, password: 'long-enough-password', role: 'STAFF' });
  const staff = client.as(
    (await client.auth.login({ email: staffEmail, password: 'long-enough-password' })).accessToken,
  );
  assert.equal(await status(staff.imports.products('sku,name,price\nS-1,A,1\n')), 403);
  assert.equal((await client.inventory.products.list('?limit=1')).total, 0);
});
