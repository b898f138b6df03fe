// Bundles and the listings CSV import in a real browser against the real API, database and
// storefront: a kit of two variants built in the product editor (the API's field errors beside the
// picker and a quantity first), its availability following a component's stock; a listings CSV
// with a bad row checked (the dry run names it), imported (the rest applied) and imported again
// (nothing changes), the new price on the API and the storefront, and exported; a stocked product
// made a kit and back. Axe on every screen.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  screenshots,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let owner: VentoryClient;
let page: Page;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const domain = `kits-${suffix()}.localhost`;
const tag = suffix().toUpperCase();
let storeId = '';

type Product = { id: string; variants: { id: string; sku: string }[] };
const product = (body: Record<string, unknown>) =>
  owner.call<Product>('POST', '/api/inventory/products', body);

before(async () => {
  merchant = await startMerchant('Kits Test Merchant', { email, password });
  ({ stack, admin, owner } = merchant);
  storeId = (await owner.stores.create({ name: 'Kettle & Co', domain })).id;
  page = await merchant.signedIn(`/products/new?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

const shots = (name: string) => screenshots(page, name, { resetFocus: true });

async function pickComponent(search: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: 'Add a component' });
  await box.fill(search);
  await page.getByRole('option', { name: option }).click();
}

describe('bundles and the listings import', () => {
  test('a kit of two variants: field errors, its availability follows a component', async () => {
    await product({ sku: `TIN-${tag}`, name: 'Tea Tin', price: '8', initialStock: 10 });
    const cup = await product({
      sku: `CUP-${tag}`,
      name: 'Tea Cup',
      price: '6',
      variants: [
        { sku: `CUP-S-${tag}`, name: 'Small', options: { Size: 'S' }, initialStock: 6 },
        { sku: `CUP-L-${tag}`, name: 'Large', options: { Size: 'L' }, initialStock: 4 },
      ],
    });
    await page.getByRole('heading', { name: 'New product', level: 1 }).waitFor();
    await page.getByLabel('Name').fill('Tea for Two Kit');
    await page.getByLabel('SKU').fill(`KIT-${tag}`);
    await page.getByLabel('Price').fill('25');
    await page.getByLabel('This is a bundle (kit) of other products').check();
    assert.equal(await page.getByLabel('Initial stock').count(), 0, 'a kit keeps no stock of its own');
    await page.getByRole('button', { name: 'Create product' }).click();
    // The API wants components; its error shows beside the picker.
    const picker = page.getByRole('combobox', { name: 'Add a component' });
    await until(
      async () => (await picker.getAttribute('aria-invalid')) === 'true',
      'the missing components are flagged on the picker',
    );
    await page.getByText('is required for a BUNDLE').waitFor();

    await pickComponent('Tea Tin', new RegExp(`Tea Tin \\(TIN-${tag}\\) · 10 available`));
    await pickComponent('Tea Cup', new RegExp(`Tea Cup – Small \\(CUP-S-${tag}\\)`));
    const components = page.getByRole('list', { name: 'Components' });
    await until(async () => (await components.getByRole('listitem').count()) === 2, 'two components listed');
    await page.getByLabel(`Quantity of CUP-S-${tag} per kit`).fill('0');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByText('must be positive').waitFor();
    assert.equal(
      await page.getByLabel(`Quantity of CUP-S-${tag} per kit`).getAttribute('aria-invalid'),
      'true',
      'the error is beside the quantity',
    );
    await page.getByLabel(`Quantity of CUP-S-${tag} per kit`).fill('2');
    assert.equal(await page.getByText('must be positive').count(), 0, 'an edited kit drops its stale errors');
    await page.getByTestId('kit-preview').getByText('Current stock makes 3 kits.').waitFor();
    await axe(page);
    await shots('product-kit-new');

    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { name: 'Tea for Two Kit', level: 1 }).waitFor();
    const available = page.getByTestId('kit-available');
    await until(async () => (await available.textContent()) === '3', 'the API makes 3 kits (6 cups / 2)');
    await page.getByRole('list', { name: 'Components' }).getByText('Tea Cup – Small').waitFor();
    await axe(page);
    await shots('product-kit');

    // A component's stock changes elsewhere: the kit's figure follows without a reload.
    const small = cup.variants.find((v) => v.sku === `CUP-S-${tag}`);
    await owner.inventory.products.adjust(cup.id, { variantId: small?.id, quantity: -4, reason: 'Breakage' });
    await until(async () => (await available.textContent()) === '1', 'two cups left make one kit');

    // One more tin per kit, saved from the page: the API keeps it.
    await page.getByLabel(`Quantity of TIN-${tag} per kit`).fill('20');
    await page.getByRole('button', { name: 'Save kit' }).click();
    await page.getByRole('status').filter({ hasText: 'Kit saved.' }).waitFor();
    await until(async () => (await available.textContent()) === '0', '10 tins do not make a kit of 20');
    const kit = (await owner.inventory.products.list(`?q=KIT-${tag}`)).data[0];
    assert.deepEqual(kit?.bundleItems.map((b) => [b.sku, b.quantity]).sort(), [
      [`CUP-S-${tag}`, 2],
      [`TIN-${tag}`, 20],
    ]);
  });

  test('a stocked product becomes a kit (refused while it has stock) and back', async () => {
    await product({ sku: `MUG-${tag}`, name: 'Gift Mug', price: '9', initialStock: 4 });
    const box = await product({ sku: `BOX-${tag}`, name: 'Gift Box', price: '30', initialStock: 2 });
    await page.goto(admin.url(`/products/${box.id}?store=${storeId}`));
    await page.getByRole('heading', { name: 'Gift Box', level: 1 }).waitFor();
    await page.getByText('Make this a kit').click();
    await pickComponent('Gift Mug', new RegExp(`Gift Mug \\(MUG-${tag}\\)`));
    await shots('product-make-kit');
    await page.getByRole('button', { name: 'Make it a kit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make it a kit?' });
    await dialog.getByRole('button', { name: 'Make it a kit' }).click();
    await dialog.getByRole('alert').filter({ hasText: '2 unit(s) are on hand' }).waitFor();
    await axe(page);
    await dialog.getByRole('button', { name: 'Keep it' }).click();

    await owner.inventory.products.adjust(box.id, { quantity: -2, reason: 'Unpacked' });
    await page.getByRole('button', { name: 'Make it a kit' }).click();
    await dialog.getByRole('button', { name: 'Make it a kit' }).click();
    await page.getByRole('heading', { name: 'Bundle', level: 2 }).waitFor();
    const available = page.getByTestId('kit-available');
    await until(async () => (await available.textContent()) === '4', 'four mugs make four boxes');
    await axe(page);

    await page.getByRole('button', { name: 'Stock it as a product' }).click();
    const back = page.getByRole('dialog', { name: 'Stock it as a product?' });
    await axe(page);
    await shots('product-unmake-kit');
    await back.getByRole('button', { name: 'Stock it as a product' }).click();
    await page.getByRole('heading', { name: 'Variants and stock' }).waitFor();
    assert.equal((await owner.inventory.products.get(box.id)).type, 'PHYSICAL');
  });

  test('listings CSV: the dry run names the bad row, the import applies the rest, again changes nothing', async () => {
    const apron = await product({ sku: `APR-${tag}`, name: 'Linen Apron', price: '40', initialStock: 5 });
    await product({ sku: `MIT-${tag}`, name: 'Oven Mitt', price: '12', initialStock: 5 });
    const listing = await owner.catalog.listings.create(storeId, { productId: apron.id });
    const csv = [
      'sku,priceOverride,isPromoted,metaTitle',
      `APR-${tag},34.50,true,Linen apron for bakers`,
      `MIT-${tag},,false,`,
      `NOPE-${tag},9.99,,`,
    ].join('\n');

    await page.goto(admin.url(`/catalog?store=${storeId}`));
    await page.getByRole('link', { name: 'Import listings CSV' }).click();
    await page.getByRole('heading', { name: 'Import listings', level: 1 }).waitFor();
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'listings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.getByText('3 rows: 1 to create, 1 to update, 0 unchanged, 1 with errors').waitFor();
    const bad = page.getByRole('table', { name: 'Rows with errors' }).getByRole('row', { name: /NOPE/ });
    assert.match(
      (await bad.textContent()) ?? '',
      /^4NOPE-.*sku: is not the SKU of a product in your inventory$/,
    );
    assert.equal(
      (await owner.catalog.listings.get(storeId, listing.id)).price,
      '40.00',
      'a dry run writes nothing',
    );
    await axe(page);
    await shots('catalog-import');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await summary.getByText('3 rows: 1 created, 1 updated, 0 unchanged, 1 with errors').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await summary.getByText('3 rows: 0 created, 0 updated, 2 unchanged, 1 with errors').waitFor();

    const saved = await owner.catalog.listings.get(storeId, listing.id);
    assert.deepEqual(
      [saved.price, saved.isPromoted, saved.metaTitle],
      ['34.50', true, 'Linen apron for bakers'],
    );
    const shopper = await stack.admin.as(undefined).shop.product(domain, saved.slug);
    assert.equal(shopper.price, '34.50', 'the storefront API sells at the imported price');
    const listed = await owner.catalog.listings.list(storeId, '?limit=10');
    assert.equal(listed.total, 2, 'the oven mitt got a listing');
    await page.getByRole('link', { name: 'Listings' }).click();
    await page.getByRole('link', { name: 'Edit Oven Mitt' }).waitFor();
    // The export has the import's columns and the imported values.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export listings CSV' }).click(),
    ]);
    const exported = await readFile(await file.path(), 'utf8');
    assert.match(exported, /^sku,customTitle,slug,isVisible,isPromoted,priceOverride,/);
    assert.match(exported, new RegExp(`\\nAPR-${tag},,${saved.slug},true,true,34.50,`));
  });
});
