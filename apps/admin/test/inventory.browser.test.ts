// The Inventory section in a real browser against the real API, PostgreSQL and Redis: stock per
// variant and location; adjust (with the API's field errors), receive and transfer, each changing
// the figures and writing the ledger; a figure changed elsewhere shows without a reload (the
// stock stream); a low-stock alert acknowledged; the reconciliation report; what STAFF may do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InventoryProduct, VentoryClient } from '@ventory/sdk';
import pg from 'pg';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  screenshots,
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
let mug: InventoryProduct;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const tag = suffix().toUpperCase();
const blue = `MUG-${tag}-BLU`;
const red = `MUG-${tag}-RED`;
let storeId = '';

before(async () => {
  merchant = await startMerchant('Stock Test Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  storeId = (await owner.stores.create({ name: 'Kiln & Co', domain: `kiln-${tag.toLowerCase()}.localhost` }))
    .id;
  mug = await owner.inventory.products.create({
    sku: `MUG-${tag}`,
    name: 'Stoneware Mug',
    price: '18.00',
    lowStockThreshold: 5,
    variants: [
      { sku: blue, name: 'Blue', options: { colour: 'Blue' }, initialStock: 10 },
      { sku: red, name: 'Red', options: { colour: 'Red' }, initialStock: 8 },
    ],
  });
  page = await merchant.signedIn(`/inventory?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

const shots = (name: string) => screenshots(page, name);

const figure = (sku: string, code: string) => page.getByTestId(`available-${sku}-${code}`);
async function expectFigure(sku: string, code: string, value: number, ms?: number) {
  await until(
    async () =>
      (
        await figure(sku, code)
          .textContent()
          .catch(() => null)
      )?.trim() === String(value),
    `${sku} at ${code} shows ${value}`,
    ms,
  );
}
const dialog = () => page.getByRole('dialog');
const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const variantOf = (sku: string) => mug.variants.find((v) => v.sku === sku)?.id ?? '';

async function open(action: 'Adjust' | 'Receive' | 'Transfer', sku: string, at: string): Promise<Locator> {
  await page.getByRole('button', { name: `${action} ${sku} at ${at}` }).click();
  await dialog()
    .getByRole('heading', { name: `${action} ${sku} at ${at}` })
    .waitFor();
  return dialog();
}

describe('admin inventory', () => {
  test('adjust (field errors first), receive and transfer change the figures and the ledger', async () => {
    await page.getByRole('heading', { name: 'Inventory', level: 1 }).waitFor();
    await expectFigure(blue, 'default', 10);
    await expectFigure(red, 'default', 8);

    // A second location, added by the owner through the screen.
    await page.getByRole('button', { name: 'New location' }).click();
    await dialog().getByLabel('Location name').fill('Back Room');
    await dialog().getByLabel('Code (optional)').fill('back');
    await dialog().getByRole('button', { name: 'Add location' }).click();
    await status('Location Back Room added.').waitFor();

    // Adjust: the API's problem+json lands beside the fields it names.
    let form = await open('Adjust', blue, 'Default warehouse');
    await form.getByLabel('Change (+/−)').fill('0');
    await form.getByRole('button', { name: 'Save adjustment' }).click();
    await form.getByText('must not be zero').waitFor();
    assert.equal(await form.getByLabel('Change (+/−)').getAttribute('aria-invalid'), 'true');
    assert.equal(await form.getByLabel('Reason').getAttribute('aria-invalid'), 'true');
    await axe(page);
    await shot(page, 'inventory-adjust');
    await form.getByLabel('Change (+/−)').fill('-3');
    await form.getByLabel('Reason').fill('Chipped in storage');
    await form.getByRole('button', { name: 'Save adjustment' }).click();
    await status(`Adjusted ${blue} at Default warehouse by -3.`).waitFor();
    await expectFigure(blue, 'default', 7);

    // Receive: a positive count only, with the delivery reference kept in the ledger.
    form = await open('Receive', blue, 'Default warehouse');
    await form.getByLabel('Quantity received').fill('-2');
    await form.getByRole('button', { name: 'Receive stock' }).click();
    await form.getByText('must be a whole number above zero').waitFor();
    await form.getByLabel('Quantity received').fill('20');
    await form.getByLabel('Purchase order or delivery note').fill('PO-1001');
    await form.getByRole('button', { name: 'Receive stock' }).click();
    await status(`Received 20 of ${blue} at Default warehouse.`).waitFor();
    await expectFigure(blue, 'default', 27);

    // Transfer: more than there is is refused (409) and says so; then 5 move to the back room.
    form = await open('Transfer', blue, 'Default warehouse');
    await form.getByLabel('To', { exact: true }).selectOption({ label: 'Back Room' });
    await form.getByLabel('Quantity to move').fill('1000');
    await form.getByRole('button', { name: 'Move stock' }).click();
    await form.getByRole('alert').filter({ hasText: 'Not enough stock: 27 available' }).waitFor();
    await form.getByLabel('Quantity to move').fill('5');
    await form.getByLabel('Reason (optional)').fill('Counter display');
    await form.getByRole('button', { name: 'Move stock' }).click();
    await status(`Moved 5 of ${blue} from Default warehouse to Back Room.`).waitFor();
    await expectFigure(blue, 'default', 22);
    await expectFigure(blue, 'back', 5);

    // Filters live in the URL: one location, a SKU.
    await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Back Room' });
    await until(() => page.url().includes('location='), 'the location in the URL');
    await expectFigure(blue, 'back', 5);
    await until(async () => (await figure(blue, 'default').count()) === 0, 'only the back room');
    await page.getByLabel('Location', { exact: true }).selectOption({ label: 'All locations' });
    // The SKU filter keeps the URL's other filters: wait until the location has left it.
    await until(() => !page.url().includes('location='), 'all locations in the URL');
    await page.getByLabel('Search by SKU').fill(red);
    await page.getByRole('button', { name: 'Filter' }).click();
    await until(async () => (await figure(blue, 'default').count()) === 0, 'only the red mug');
    await expectFigure(red, 'default', 8);
    assert.match(page.url(), new RegExp(`sku=${red}`));
    await page.getByLabel('Search by SKU').fill('NO-SUCH-SKU');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('No product matches “NO-SUCH-SKU”.').waitFor();
    await page.getByLabel('Search by SKU').fill('');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expectFigure(blue, 'back', 5);
    await axe(page);
    await shots('inventory');

    // The ledger of the blue mug: every movement above, newest first.
    await page.getByRole('link', { name: blue }).first().click();
    await page.getByRole('heading', { name: `Ledger: ${blue}` }).waitFor();
    const table = page.getByRole('table', { name: `Inventory transactions of ${blue}` });
    await table.getByText('Counter display').first().waitFor();
    const types = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    assert.deepEqual(types, ['Transfer in', 'Transfer out', 'Received', 'Adjustment', 'Adjustment']);
    await table.getByRole('cell', { name: 'Received: PO-1001' }).waitFor();
    await table.getByRole('cell', { name: 'Chipped in storage' }).waitFor();
    // The product's figures are their own query (possibly cached from an earlier screen): wait for them.
    await until(
      async () => (await page.getByTestId('ledger-available').textContent()) === '27',
      'available 27 on the ledger',
    );
    await axe(page);
    await shots('inventory-ledger');
    const api = await owner.inventory.products.transactions(mug.id, '?limit=100');
    assert.equal(api.data.filter((t) => t.variantId === variantOf(blue)).length, 5);
  });

  test('a change made elsewhere shows without a reload', async () => {
    await page.goto(admin.url(`/inventory?store=${storeId}`));
    await expectFigure(red, 'default', 8);
    await owner.inventory.products.adjust(mug.id, {
      variantId: variantOf(red),
      quantity: 4,
      reason: 'found',
    });
    // Well inside the 15 s poll: the stock stream brings it.
    await expectFigure(red, 'default', 12, 8000);
  });

  test('a low-stock alert shows, filters and is acknowledged', async () => {
    const form = await open('Adjust', red, 'Default warehouse');
    await form.getByLabel('Change (+/−)').fill('-9');
    await form.getByLabel('Reason').fill('Breakage');
    await form.getByRole('button', { name: 'Save adjustment' }).click();
    await expectFigure(red, 'default', 3);
    await page.getByRole('checkbox', { name: 'Low stock only' }).check();
    await until(async () => (await figure(blue, 'default').count()) === 0, 'only low rows');
    assert.match(page.url(), /low=1/);
    await expectFigure(red, 'default', 3);
    await page
      .getByRole('row')
      .filter({ has: figure(red, 'default') })
      .getByText('Low')
      .waitFor();

    await page
      .getByRole('navigation', { name: 'Inventory' })
      .getByRole('link', { name: 'Low stock' })
      .click();
    await page.getByRole('heading', { name: 'Low stock', level: 1 }).waitFor();
    const ack = page.getByRole('button', { name: `Acknowledge alert for ${red}` });
    await ack.waitFor();
    const row = page.getByRole('row').filter({ has: ack });
    assert.match((await row.textContent()) ?? '', /Low stock/);
    await axe(page);
    await shots('inventory-alerts');
    await ack.click();
    await status(`Alert for ${red} acknowledged.`).waitFor();
    await page.getByText('No open low-stock alerts.').waitFor();
    const alerts = await owner.inventory.alerts('?acknowledged=true');
    assert.equal(alerts.data.length, 1);
    assert.equal(alerts.data[0]?.variantId, variantOf(red));
    await page.getByLabel('Show').selectOption('acknowledged');
    await page.getByRole('cell', { name: 'Acknowledged' }).waitFor();
  });

  test('reconciliation: run it and read the report', async () => {
    await page.goto(admin.url(`/inventory/reconciliation?store=${storeId}`));
    await page.getByRole('heading', { name: 'Reconciliation', level: 1 }).waitFor();
    await page.getByText('No reconciliation has run yet.').waitFor();
    await page.getByRole('button', { name: 'Run reconciliation now' }).click();
    await page.getByText('Every stock figure matches its ledger and its open holds.').waitFor();
    assert.equal(await page.getByTestId('drift-count').textContent(), '0');

    // Someone edits a stock row behind the ledger's back: the next run reports it.
    const db = new pg.Client({ connectionString: stack.api.database.url });
    await db.connect();
    await db.query(
      `update stock_levels set on_hand = on_hand + 3
        where variant_id = $1 and location_id = (select id from locations where code = 'default')`,
      [variantOf(red)],
    );
    await db.end();
    await page.getByRole('button', { name: 'Run reconciliation now' }).click();
    await until(async () => (await page.getByTestId('drift-count').textContent()) === '1', 'one difference');
    const drift = page.getByRole('table', {
      name: 'Stock figures that differ from what they are built from',
    });
    await drift.getByRole('cell', { name: red }).waitFor();
    const cells = await drift.locator('tbody tr td').allTextContents();
    assert.deepEqual(cells, [red, 'Default warehouse', 'On hand', 'Ledger total', '3', '6', '+3']);
    await axe(page);
    await shots('inventory-reconciliation');
  });

  test('STAFF adjust stock but neither add locations nor run a reconciliation', async () => {
    const staffEmail = `staff-${suffix()}@example.test`;
    await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, admin.url(`/inventory?store=${storeId}`), staffEmail, password);
    await staff.getByTestId(`available-${blue}-back`).waitFor();
    assert.equal(await staff.getByRole('button', { name: 'New location' }).count(), 0);
    await staff.getByRole('button', { name: `Adjust ${blue} at Back Room` }).click();
    await staff.getByRole('dialog').getByLabel('Change (+/−)').fill('-1');
    await staff.getByRole('dialog').getByLabel('Reason').fill('Sample');
    await staff.getByRole('dialog').getByRole('button', { name: 'Save adjustment' }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: `Adjusted ${blue} at Back Room by -1.` })
      .waitFor();
    await staff.goto(admin.url(`/inventory/reconciliation?store=${storeId}`));
    await staff.getByText('Owners and admins can run it now.').waitFor();
    assert.equal(await staff.getByRole('button', { name: 'Run reconciliation now' }).count(), 0);
    const session = await stack.admin.auth.login({ email: staffEmail, password });
    const refused = await stack.admin.raw('POST', '/api/inventory/reconciliation', undefined, {
      token: session.accessToken,
    });
    assert.equal(refused.status, 403);
    await staff.context().close();
  });
});
