import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { listProduct } from '../../../../test/shop.ts';

// Storefront search finds what shoppers mistype: a missing, doubled, swapped or wrong letter in
// any word of a title, plurals, accents; it still finds nothing for words far from every title.
let server: TestServer;
let sf = '';
const ids = new Map<string, string>();
const TITLES = [
  'Copper Kettle',
  'Stormshell Rain Jacket',
  'Headlamp 400lm',
  'Camp Sandal',
  'Camp Lantern',
  'Enamel Camp Mug',
  'Alpine Down Jacket',
  'Crêpe Pan',
  'Walnut Cutting Board',
];

before(async () => {
  server = await startTestServer();
  const m = await newMerchantWithStore(server);
  for (const name of TITLES) {
    const { listing } = await listProduct(m.client, m.store.id, { price: '10.00', stock: 5, name });
    ids.set(name, listing.id);
  }
  sf = `/api/storefront/${m.store.domain}`;
});
after(() => server.close());

const search = async (q: string) =>
  (
    await anonymous(server).call<{ data: { id: string; title: string }[] }>(
      'GET',
      `${sf}/products?q=${encodeURIComponent(q)}`,
    )
  ).data.map((l) => l.title);

const CASES: Array<[string, string]> = [
  ['kettel', 'Copper Kettle'], // swapped
  ['jaket', 'Stormshell Rain Jacket'], // missing
  ['hedlamp', 'Headlamp 400lm'], // missing
  ['sandles', 'Camp Sandal'], // plural, misspelt
  ['lantren', 'Camp Lantern'], // swapped
  ['enael', 'Enamel Camp Mug'], // missing
  ['alpne', 'Alpine Down Jacket'], // missing
  ['coppper kettle', 'Copper Kettle'], // doubled, two words
  ['walnot board', 'Walnut Cutting Board'], // wrong letter
  ['crepe', 'Crêpe Pan'], // accent
];

for (const [query, title] of CASES)
  test(`"${query}" finds ${title}`, async () => {
    const titles = await search(query);
    assert.ok(titles.includes(title), `${query} → ${JSON.stringify(titles)}`);
  });

test('a word far from every title finds nothing', async () => {
  assert.deepEqual(await search('trampoline'), []);
});
