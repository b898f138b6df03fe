// CSV import of a store's listings, matched on the product's SKU: the dry run names the bad rows and
// writes nothing, the real run applies the rest (updating a listing, creating one for an unlisted
// product), a second run changes nothing, a refused write is a row error, staff of another tenant
// see nothing of it, the export reads back unchanged, and a missing sku column or a JSON body is a 400.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiError } from '@ventory/sdk';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Listing = {
  id: string;
  slug: string;
  price: string;
  isVisible: boolean;
  isPromoted: boolean;
  metaTitle: string | null;
  productId: string;
};

async function shop() {
  const m = await newMerchantWithStore(server);
  const product = (sku: string, price: string) =>
    m.client.call<{ id: string }>('POST', '/api/inventory/products', { sku, name: `Item ${sku}`, price });
  const kettle = await product('KET', '19.99');
  await product('MUG', '10');
  await product('TEE', '20');
  const base = `/api/stores/${m.store.id}/products`;
  const kettleListing = await m.client.call<Listing>('POST', base, { productId: kettle.id });
  const cap = await product('CAP', '5');
  await m.client.call<Listing>('POST', base, { productId: cap.id, slug: 'taken' });
  const list = async () => (await m.client.call<{ data: Listing[] }>('GET', `${base}?limit=100`)).data;
  return { ...m, base, kettleListing, list };
}

const FILE = [
  'sku,priceOverride,isVisible,isPromoted,metaTitle,slug',
  'KET,24.50,true,yes,Best kettle,', // updates the kettle's listing
  'MUG,8.00,false,,,', // creates a hidden listing of the unlisted mug
  'NOPE,1.00,,,,', // line 4: no such product
  'TEE,abc,,,,', // line 5: not a price
  'KET,1,,,,', // line 6: twice in the file
  'CAP,,maybe,,,', // line 7: not a boolean
].join('\n');

test('dry run names the bad rows; the real run applies the rest; a second run changes nothing', async () => {
  const s = await shop();
  const dry = await s.client.imports.listings(s.store.id, FILE, { dryRun: true });
  assert.deepEqual([dry.rows, dry.created, dry.updated, dry.unchanged, dry.failed], [6, 1, 1, 0, 4]);
  // File lines (the header is line 1), in file order.
  assert.deepEqual(
    dry.errors.map((e) => [e.line, e.sku, e.errors[0]?.path]),
    [
      [4, 'NOPE', 'sku'],
      [5, 'TEE', 'priceOverride'],
      [6, 'KET', 'sku'],
      [7, 'CAP', 'isVisible'],
    ],
  );
  assert.equal((await s.list()).length, 2, 'a dry run writes nothing');
  const kettleBefore = (await s.list()).find((l) => l.id === s.kettleListing.id);
  assert.equal(kettleBefore?.price, '19.99');

  const real = await s.client.imports.listings(s.store.id, FILE);
  assert.deepEqual([real.created, real.updated, real.unchanged, real.failed], [1, 1, 0, 4]);
  const after = await s.list();
  const kettle = after.find((l) => l.id === s.kettleListing.id);
  assert.deepEqual(
    [kettle?.price, kettle?.isVisible, kettle?.isPromoted, kettle?.metaTitle],
    ['24.50', true, true, 'Best kettle'],
  );
  const mug = after.find((l) => l.slug === 'item-mug');
  assert.deepEqual([mug?.price, mug?.isVisible], ['8.00', false]);
  const page = await anonymous(server).call<{ price: string }>(
    'GET',
    `/api/storefront/${s.store.domain}/products/${kettle?.slug}`,
  );
  assert.equal(page.price, '24.50', 'the storefront sells at the imported price');

  const again = await s.client.imports.listings(s.store.id, FILE);
  assert.deepEqual([again.created, again.updated, again.unchanged, again.failed], [0, 0, 2, 4]);

  // The export has the import's columns: feeding it back changes nothing.
  const exported = await s.client.raw<string>('GET', `${s.base}/export`, undefined, {
    headers: { accept: 'text/csv' },
  });
  assert.equal(exported.status, 200);
  assert.match(exported.headers.get('content-type') ?? '', /^text\/csv/);
  const lines = exported.body.trim().split('\n');
  assert.equal(
    lines[0],
    'sku,customTitle,slug,isVisible,isPromoted,priceOverride,priceMarkup,salePrice,saleStartsAt,saleEndsAt,metaTitle,metaDescription',
  );
  assert.ok(lines.includes('KET,,item-ket,true,true,24.50,0,,,,Best kettle,'), lines.join('\n'));
  const roundTrip = await s.client.imports.listings(s.store.id, exported.body);
  assert.deepEqual([roundTrip.rows, roundTrip.unchanged, roundTrip.failed], [3, 3, 0]);
});

test('a row the database refuses (a slug in use) is a row error; the others still apply', async () => {
  const s = await shop();
  const report = await s.client.imports.listings(
    s.store.id,
    'sku,slug,priceOverride\nKET,taken,3.00\nMUG,,4.00\n',
  );
  assert.deepEqual([report.created, report.updated, report.failed], [1, 0, 1]);
  assert.deepEqual(report.errors[0], {
    line: 2,
    sku: 'KET',
    errors: [{ path: 'slug', message: 'is already used by another product listing' }],
  });
  const kettle = (await s.list()).find((l) => l.id === s.kettleListing.id);
  assert.equal(kettle?.price, '19.99', 'the refused row changed nothing');
});

test("refusals: no sku column, a JSON body, another tenant's store or SKUs", async () => {
  const s = await shop();
  const refused = async (run: () => Promise<unknown>, status: number) => {
    const e = await run().then(
      () => null,
      (err: unknown) => err,
    );
    assert.ok(e instanceof ApiError, 'refused');
    assert.equal(e.status, status);
  };
  await refused(() => s.client.imports.listings(s.store.id, 'slug\nabc\n'), 400);
  const json = await s.client.raw('POST', `${s.base}/import`, { sku: 'KET' });
  assert.equal(json.status, 400);
  const other = await newMerchantWithStore(server, 'Other');
  await refused(() => other.client.imports.listings(s.store.id, 'sku\nKET\n'), 404);
  const otherExport = await other.client.raw('GET', `${s.base}/export`, undefined, {
    headers: { accept: 'text/csv' },
  });
  assert.equal(otherExport.status, 404);
  // Another tenant's SKUs are not found in this one.
  const report = await other.client.imports.listings(other.store.id, 'sku,priceOverride\nKET,1.00\n');
  assert.deepEqual([report.created, report.failed], [0, 1]);
});
