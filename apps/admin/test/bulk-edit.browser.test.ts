// Bulk edit of listings in a real browser against the real API, database and storefront: three
// listings selected (one with the keyboard, then "select all"), their price lowered 10 % after a
// preview (the table and the storefront's product page show the new prices), two hidden, one
// added to a category, and an API refusal shown in the dialog. Axe on every state.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Browser, Page } from 'playwright-core';
import { axe, type Merchant, type Stack, shot, startMerchant, suffix, until } from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let browser: Browser;
let owner: VentoryClient;
let page: Page;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const domain = `bulk-${suffix()}.localhost`;
let storeId = '';
const listed: Record<string, { id: string; slug: string }> = {};

async function listProduct(name: string, price: string) {
  const product = await owner.call<{ id: string }>('POST', '/api/inventory/products', {
    sku: `BLK-${suffix()}`,
    name,
    price,
    initialStock: 5,
  });
  listed[name] = await owner.call<{ id: string; slug: string }>('POST', `/api/stores/${storeId}/products`, {
    productId: product.id,
  });
}

before(async () => {
  merchant = await startMerchant('Bulk Test Merchant', { email, password });
  ({ stack, owner, browser } = merchant);
  storeId = (await owner.stores.create({ name: 'Juniper Supply', domain })).id;
  await listProduct('Linen Apron', '40.00');
  await listProduct('Oak Cutting Board', '55.00');
  await listProduct('Linen Tea Towel', '12.00');
  await owner.catalog.categories.create(storeId, { name: 'Kitchen' });
  page = await merchant.signedIn(`/catalog?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

const row = (title: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: `Edit ${title}` }) });
const bar = () => page.getByRole('region', { name: /selected$/ });

/** Opens the preview, checks its summary, applies it and waits for the status line. */
async function review(summary: string, status: string) {
  await bar().getByRole('button', { name: 'Review change' }).click();
  const dialog = page.getByRole('dialog', { name: /^Apply to/ });
  await dialog.getByText(summary, { exact: true }).waitFor();
  await axe(page);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('status').filter({ hasText: status }).waitFor();
}

async function storefrontShows(slug: string, text: string) {
  const storefront = await (await browser.newContext()).newPage();
  try {
    await until(async () => {
      await storefront.goto(stack.web.url(domain, `/p/${slug}`));
      return (await storefront.getByText(text).count()) > 0;
    }, `the storefront page of ${slug} shows ${text}`);
  } finally {
    await storefront.context().close(); // an open context keeps the test process alive
  }
}

describe('admin bulk edit of listings', () => {
  test('select three, lower the price 10 %: the table and the storefront show the new prices', async () => {
    const apron = listed['Linen Apron'] as { slug: string };
    await storefrontShows(apron.slug, '$40.00'); // the storefront has the old price cached now
    await page.getByRole('link', { name: 'Edit Linen Apron' }).waitFor();
    assert.equal(await bar().count(), 0);

    // Keyboard: Space toggles a row's checkbox.
    await page.getByRole('checkbox', { name: 'Select Linen Apron' }).focus();
    await page.keyboard.press('Space');
    await bar().getByRole('heading', { name: '1 listing selected' }).waitFor();
    await page.getByRole('checkbox', { name: 'Select all listings on this page' }).check();
    await bar().getByRole('heading', { name: '3 listings selected' }).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Select Oak Cutting Board' }).isChecked(), true);
    await page.getByRole('checkbox', { name: 'Select all listings on this page' }).uncheck();
    assert.equal(await bar().count(), 0);
    await page.getByRole('checkbox', { name: 'Select all listings on this page' }).check();

    const form = page.getByRole('form', { name: 'Bulk edit' });
    assert.equal(await form.getByLabel('Change').inputValue(), 'adjustPrice');
    await form.getByLabel('Direction').selectOption('lower');
    await form.getByLabel('Percent').fill('10');
    await axe(page);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await shot(page, 'bulk-edit-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'bulk-edit-phone');
    await axe(page);
    await page.setViewportSize({ width: 1366, height: 900 });

    await review(
      '3 listings: price −10 %, running sales kept',
      'Updated 3 listings: price −10 %, running sales kept.',
    );
    await until(
      async () => ((await row('Linen Apron').textContent()) ?? '').includes('$36.00'),
      'apron at $36.00',
    );
    assert.match((await row('Oak Cutting Board').textContent()) ?? '', /\$49\.50/);
    assert.match((await row('Linen Tea Towel').textContent()) ?? '', /\$10\.80/);
    assert.equal(await bar().count(), 0, 'the selection is cleared after the change');
    await storefrontShows(apron.slug, '$36.00');
  });

  test('hide two, add one to a category; an API refusal is shown and changes nothing', async () => {
    await page.getByRole('checkbox', { name: 'Select Linen Apron' }).check();
    await page.getByRole('checkbox', { name: 'Select Linen Tea Towel' }).check();
    const form = page.getByRole('form', { name: 'Bulk edit' });
    await form.getByLabel('Change').selectOption('setVisibility');
    await form.getByLabel('Shoppers').selectOption('false');
    await review('2 listings: hidden from shoppers', 'Updated 2 listings: hidden from shoppers.');
    await until(
      async () => ((await row('Linen Apron').textContent()) ?? '').includes('Hidden'),
      'apron hidden',
    );
    assert.match((await row('Linen Tea Towel').textContent()) ?? '', /Hidden/);
    assert.match((await row('Oak Cutting Board').textContent()) ?? '', /Visible/);
    const apron = listed['Linen Apron'] as { id: string };
    assert.equal((await owner.catalog.listings.get(storeId, apron.id)).isVisible, false);

    const board = listed['Oak Cutting Board'] as { id: string };
    await page.getByRole('checkbox', { name: 'Select Oak Cutting Board' }).check();
    await form.getByLabel('Change').selectOption('addToCategory');
    await form.getByLabel('Category').selectOption({ label: 'Kitchen' });
    await review('1 listing: added to Kitchen', 'Updated 1 listing: added to Kitchen.');
    const kitchen = (await owner.catalog.categories.list(storeId)).data[0] as { id: string };
    assert.deepEqual((await owner.catalog.listings.get(storeId, board.id)).categoryIds, [kitchen.id]);

    // A price the API refuses (more than 12 digits): its message shows, nothing changes.
    await page.getByRole('checkbox', { name: 'Select Oak Cutting Board' }).check();
    await form.getByLabel('Change').selectOption('setPrice');
    await form.getByLabel('Price (USD)').fill('12345678901234');
    await bar().getByRole('button', { name: 'Review change' }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply to 1 listing?' });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.getByRole('alert').waitFor();
    assert.match((await dialog.getByRole('alert').textContent()) ?? '', /\S/);
    await axe(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await owner.catalog.listings.get(storeId, board.id)).price, '49.50');
  });
});
