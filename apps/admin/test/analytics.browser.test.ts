// Analytics in a real browser against the real API: three known orders placed through the
// storefront API on two stores (1 + 2 aprons at 32.00 on Harbor Goods, shipping 5.00 each; 3 totes
// at 19.99 on Juniper Supply, shipping 4.50), then the sales tables must show exactly those totals
// to the cent per store (switching with the store switcher) and for all stores, the CSV download
// must hold the same figures, the range controls live in the URL, an old range is empty, and
// every report tab loads without an error; STAFF get none of it. Axe on the screens.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  shot,
  signIn,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let browser: Browser;
let owner: VentoryClient;
let page: Page;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const shops = {
  harbor: { name: 'Harbor Goods', domain: `harbor-${suffix()}.localhost`, id: '', listing: '' },
  juniper: { name: 'Juniper Supply', domain: `juniper-${suffix()}.localhost`, id: '', listing: '' },
};

type Shop = (typeof shops)['harbor'];

async function openShop(shop: Shop, product: { sku: string; name: string; price: string }, shipping: string) {
  shop.id = (await owner.stores.create({ name: shop.name, domain: shop.domain })).id;
  await owner.commerce.shippingMethods.create(shop.id, { name: 'Standard', price: shipping });
  await owner.commerce.paymentMethods.create(shop.id, { name: 'Card', provider: 'test' });
  const made = await owner.call<{ id: string }>('POST', '/api/inventory/products', {
    ...product,
    initialStock: 50,
  });
  shop.listing = (
    await owner.call<{ id: string }>('POST', `/api/stores/${shop.id}/products`, { productId: made.id })
  ).id;
}

/** A guest checkout through the storefront API, paid with the test provider's `tok_visa`. */
async function placeOrder(shop: Shop, quantity: number) {
  const shopper = stack.admin.as(undefined);
  const buyer = `shopper-${suffix()}@example.test`;
  const cart = await shopper.storefront.cart.create(shop.domain, {
    items: [{ listingId: shop.listing, quantity }],
    email: buyer,
  });
  const shipping = (await shopper.storefront.shippingOptions(shop.domain, cart.id)).data[0];
  const method = (await shopper.storefront.paymentMethods(shop.domain)).data[0];
  await shopper.storefront.checkout(
    shop.domain,
    {
      cartId: cart.id,
      email: buyer,
      shippingAddress: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        line1: '1 Main St',
        city: 'Springfield',
        postalCode: '12345',
        country: 'US',
      },
      shippingMethodId: shipping?.id,
      payments: [{ paymentMethodId: method?.id, token: 'tok_visa' }],
    },
    `k-${suffix()}`,
  );
}

before(async () => {
  merchant = await startMerchant('Analytics Test Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  await openShop(shops.harbor, { sku: `APR-${suffix()}`, name: 'Linen Apron', price: '32.00' }, '5.00');
  await openShop(shops.juniper, { sku: `TOT-${suffix()}`, name: 'Canvas Tote', price: '19.99' }, '4.50');
  await placeOrder(shops.harbor, 1);
  await placeOrder(shops.harbor, 2);
  await placeOrder(shops.juniper, 3);
  page = await merchant.signedIn(`/analytics?store=${shops.harbor.id}`, { acceptDownloads: true });
});

after(async () => {
  await merchant?.stop();
});

/** A table's header texts and the cells of the row whose header cell is `rowName`, by column. */
async function row(table: Locator, rowName: string): Promise<Record<string, string>> {
  await table.getByRole('rowheader', { name: rowName, exact: true }).waitFor({ timeout: 20_000 });
  return table.evaluate((t, name) => {
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const tr = [...t.querySelectorAll('tbody tr')].find(
      (r) => r.querySelector('th')?.textContent?.trim() === name,
    );
    const cells = [...(tr?.children ?? [])].map((c) => c.textContent?.trim() ?? '');
    return Object.fromEntries(heads.map((h, i) => [h, cells[i] ?? '']));
  }, rowName);
}

const parseCsv = (text: string) =>
  text
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));

describe('analytics', () => {
  test("one store's sales: the day table's total is the orders' figures to the cent", async () => {
    const table = page.getByRole('table', { name: /^Sales of Harbor Goods by day/ });
    const total = await row(table, 'Total');
    assert.equal(total.Orders, '2');
    assert.equal(total.Units, '3');
    assert.equal(total['Net sales'], '96.00');
    assert.equal(total.Shipping, '10.00');
    assert.equal(total['Total revenue'], '106.00');
    assert.equal(total.Refunds, '0.00');
    const netCard = page
      .getByRole('region', { name: /^This period against/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Net sales', exact: true }) });
    await until(async () => /Previous: USD 0\.00/.test(await netCard.innerText()), 'the previous period');
    assert.match(await netCard.innerText(), /USD 96\.00/);
    await axe(page);

    await page.getByLabel('Store', { exact: true }).selectOption(shops.juniper.id);
    const other = page.getByRole('table', { name: /^Sales of Juniper Supply by day/ });
    const juniper = await row(other, 'Total');
    assert.equal(juniper.Orders, '1');
    assert.equal(juniper['Net sales'], '59.97');
    assert.equal(juniper['Total revenue'], '64.47');
    assert.match(page.url(), new RegExp(`store=${shops.juniper.id}`));
  });

  test('all stores: per store and combined to the cent; the CSV holds the same figures', async () => {
    await page.getByRole('button', { name: 'All stores' }).click();
    await until(() => page.url().includes('scope=all'), 'scope=all in the URL');
    const table = page.getByRole('table', { name: /^Sales by store/ });
    // The previous period is a second request: its column fills in after the table shows.
    await until(
      async () => (await row(table, 'All stores (USD)'))['Previous net sales'] === '0.00',
      'the previous period in the table',
    );
    const want = [
      ['Harbor Goods', '2', '96.00', '106.00'],
      ['Juniper Supply', '1', '59.97', '64.47'],
      ['All stores (USD)', '3', '155.97', '170.47'],
    ];
    for (const [name, orders, net, revenue] of want) {
      const r = await row(table, name as string);
      assert.equal(r.Orders, orders, `${name} orders`);
      assert.equal(r['Net sales'], net, `${name} net sales`);
      assert.equal(r['Total revenue'], revenue, `${name} total revenue`);
      assert.equal(r['Previous net sales'], '0.00', `${name} previous period`);
    }
    await axe(page);
    await shot(page, 'analytics');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'analytics-phone');
    await axe(page);
    await page.setViewportSize({ width: 1366, height: 900 });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV: Sales by store/ }).click(),
    ]);
    assert.match(
      download.suggestedFilename(),
      /^sales-by-store-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = parseCsv(await readFile((await download.path()) as string, 'utf8'));
    const head = csv[0] ?? [];
    const col = (name: string) => head.indexOf(name);
    for (const [name, orders, net, revenue] of want) {
      const line = csv.find((l) => l[0] === name);
      assert.ok(line, `${name} in the CSV`);
      assert.equal(line[col('Orders')], orders);
      assert.equal(line[col('Net sales')], net);
      assert.equal(line[col('Total revenue')], revenue);
    }
    assert.equal(csv.length, 4, 'a header and the three rows the table shows');
  });

  test('presets and dates are held in the URL; an old range is empty', async () => {
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await until(
      async () =>
        (await page.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed')) === 'true',
      'preset pressed',
    );
    const url = new URL(page.url());
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    assert.equal((Date.parse(to) - Date.parse(from)) / 86_400_000, 6);
    await row(page.getByRole('table', { name: /^Sales by store/ }), 'All stores (USD)');

    const range = page.getByRole('form', { name: 'Date range' });
    await range.getByLabel('From', { exact: true }).fill('2020-01-01');
    await range.getByLabel('To', { exact: true }).fill('2020-01-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No orders in this period.').first().waitFor();
    await page.getByText('compared with 2019-12-01 to 2019-12-31').waitFor();
    await page.reload();
    await page.getByText('No orders in this period.').first().waitFor();
    assert.equal(await range.getByLabel('From', { exact: true }).inputValue(), '2020-01-01');
  });

  test('every report tab loads without an error', async () => {
    await page.goto(admin.url(`/analytics?store=${shops.harbor.id}`));
    const tabs = page.getByRole('navigation', { name: 'Reports' }).getByRole('link');
    await tabs.first().waitFor();
    const names = await tabs.allInnerTexts();
    assert.ok(names.length >= 8, `tabs: ${names.join(', ')}`);
    for (const name of names.slice(1)) {
      const tab = page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name, exact: true });
      await tab.click();
      await until(async () => (await tab.getAttribute('aria-current')) === 'page', `${name} current`);
      await until(
        async () => (await page.getByRole('status').filter({ hasText: 'Loading' }).count()) === 0,
        `${name} loaded`,
      );
      assert.equal(
        await page.locator('.alert').count(),
        0,
        `${name}: ${await page.locator('.alert').allInnerTexts()}`,
      );
      await axe(page);
    }
  });
  test("customers: the cohort grid counts this week's two first-time buyers, as text", async () => {
    await page.goto(admin.url(`/analytics?store=${shops.harbor.id}&report=customers`));
    const now = new Date();
    const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const table = page.getByRole('table', { name: /^Cohorts of Harbor Goods/ });
    const week = await row(table, `Week of ${monday.toISOString().slice(0, 10)}`);
    assert.equal(week.Buyers, '2');
    await axe(page);
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'analytics-cohorts');
  });

  test('STAFF get no Analytics, and the API refuses their reports', async () => {
    const staffEmail = `staff-${suffix()}@example.test`;
    await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, admin.url(`/?store=${shops.harbor.id}`), staffEmail, password);
    const nav = staff.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Orders' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Analytics' }).count(), 0);
    await staff.goto(admin.url(`/analytics?store=${shops.harbor.id}`));
    await staff.getByText('Only owners and admins see the reports.').waitFor();
    await axe(staff);
    const session = await stack.admin.auth.login({ email: staffEmail, password });
    const refused = await stack.admin.raw('GET', '/api/analytics/sales', undefined, {
      token: session.accessToken,
    });
    assert.equal(refused.status, 403);
    await staff.context().close();
  });
});
