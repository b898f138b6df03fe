// Saved views of the orders list in a real browser against the real API and database: the owner
// filters the list, saves the filters under a name (an empty or built-in name is refused beside the
// field), opens the view after a reload (the URL and the filter controls say the same), renames and
// shares it; a STAFF user sees the shared view read-only; the owner deletes it after confirming.
// Then the date range (From/To, quick choices) and channel filters, and "Update view" saving
// changed filters into the owner's open view.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
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
const staffEmail = `staff-${suffix()}@example.test`;
let storeId = '';
const orderNumbers: Record<'paid' | 'unpaid', string[]> = { paid: [], unpaid: [] };

before(async () => {
  merchant = await startMerchant('Views Test Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  storeId = (await owner.stores.create({ name: 'Leeds Goods', domain: `views-${suffix()}.localhost` })).id;
  for (const [kind, paymentStatus] of [
    ['paid', 'PAID'],
    ['unpaid', 'PENDING'],
    ['unpaid', 'PENDING'],
  ] as const) {
    const order = await owner.commerce.orders.create(storeId, {
      customerEmail: `buyer-${suffix()}@example.test`,
      items: [{ title: 'Oak Board', unitPrice: '24.00', quantity: 1 }],
      paymentStatus,
    });
    orderNumbers[kind].push(order.orderNumber);
  }
  await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
  page = await merchant.signedIn(`/orders?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

const views = (p: Page) => p.getByRole('navigation', { name: 'Saved views' });
const current = async (p: Page) => (await views(p).locator('[aria-current="page"]').textContent()) ?? '';
const rows = (p: Page) => p.getByRole('table', { name: 'Orders' }).locator('tbody tr');
const myViews = async () => (await owner.savedViews.list('orders')).data.filter((v) => v.editable);

describe('saved views of the orders list', () => {
  test('filter, save as a view (field errors first), reload and open it: URL and filters match', async () => {
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    await views(page).getByRole('link', { name: 'To fulfil' }).waitFor();
    assert.equal(await current(page), 'All orders');
    await page.getByText('No views of your own yet').waitFor();
    await axe(page);

    await page.getByLabel('Payment', { exact: true }).selectOption('PENDING');
    await page.waitForURL(/paymentStatus=PENDING/);
    await until(async () => (await rows(page).count()) === 2, 'two unpaid orders');
    assert.equal(await current(page), 'Unpaid', 'the built-in view with the same filters is current');

    await page.getByRole('button', { name: 'Save as view' }).click();
    const form = page.getByRole('form', { name: 'Save view' });
    await form.getByText('Keeps Store: Leeds Goods · Payment: pending.').waitFor();
    await form.getByRole('button', { name: 'Save view' }).click();
    await form.getByText('must not be empty').waitFor();
    assert.equal(await form.getByLabel('View name').getAttribute('aria-invalid'), 'true');
    await form.getByLabel('View name').fill('unpaid');
    await form.getByRole('button', { name: 'Save view' }).click();
    await form.getByText('is the name of a built-in view').waitFor();
    await axe(page);
    assert.equal((await myViews()).length, 0);

    await form.getByLabel('View name').fill('Awaiting payment');
    await form.getByLabel('Share with the team').check();
    await form.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the view "Awaiting payment".' }).waitFor();
    await until(async () => (await current(page)).startsWith('Awaiting payment'), 'the new view is current');
    const [saved] = await myViews();
    assert.deepEqual(saved?.filters, { store: storeId, paymentStatus: 'PENDING' });
    assert.equal(saved?.shared, true);
    await axe(page);
    await shot(page, 'orders-saved-views-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    // Loaded on a phone, the tabs scroll sideways to show the current one.
    await page.reload();
    await until(async () => (await current(page)).startsWith('Awaiting payment'), 'current on a phone');
    await until(
      async () => (await views(page).evaluate((nav) => nav.scrollLeft)) > 0,
      'the current tab scrolled into sight',
    );
    await shot(page, 'orders-saved-views-phone');
    await page.setViewportSize({ width: 1366, height: 900 });

    // A fresh load of the unfiltered list, then the view: the URL and the controls carry its filters.
    await page.goto(admin.url(`/orders?store=${storeId}`));
    await views(page).getByRole('link', { name: 'Awaiting payment' }).click();
    await page.waitForURL(/paymentStatus=PENDING/);
    const url = new URL(page.url());
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      store: storeId,
      paymentStatus: 'PENDING',
      view: (await myViews())[0]?.id,
    });
    assert.equal(await page.getByLabel('Payment', { exact: true }).inputValue(), 'PENDING');
    await until(async () => (await rows(page).count()) === 2, 'the view lists the two unpaid orders');
    for (const n of orderNumbers.unpaid) await page.getByRole('link', { name: n }).waitFor();
    assert.match(await current(page), /^Awaiting payment/);
    // The URL alone opens it (bookmarkable).
    await page.reload();
    await until(async () => (await current(page)).startsWith('Awaiting payment'), 'current after reload');
  });

  test('rename the view', async () => {
    await page.getByRole('button', { name: 'Rename view' }).click();
    const form = page.getByRole('form', { name: 'Rename view' });
    assert.equal(await form.getByLabel('View name').inputValue(), 'Awaiting payment');
    await form.getByLabel('View name').fill('');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('must not be empty').waitFor();
    await form.getByLabel('View name').fill('Waiting for payment');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the view "Waiting for payment".' }).waitFor();
    await views(page).getByRole('link', { name: 'Waiting for payment' }).waitFor();
    assert.deepEqual(
      (await myViews()).map((v) => v.name),
      ['Waiting for payment'],
    );
  });

  test('a STAFF user sees the shared view read-only', async () => {
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, admin.url(`/orders?store=${storeId}`), staffEmail, password);
    await views(staff).getByRole('link', { name: 'Waiting for payment' }).click();
    await staff.waitForURL(/paymentStatus=PENDING/);
    await staff.getByText(`Shared by ${email}: you can open it but not change it.`).waitFor();
    assert.equal(await staff.getByRole('button', { name: 'Rename view' }).count(), 0);
    assert.equal(await staff.getByRole('button', { name: /^Delete view/ }).count(), 0);
    await until(async () => (await rows(staff).count()) === 2, 'staff see the two unpaid orders');
    await axe(staff);
    await staff.context().close();
  });

  test('delete the view after confirming; built-in views stay', async () => {
    const del = page.getByRole('button', { name: 'Delete view Waiting for payment' });
    await del.click();
    const dialog = page.getByRole('dialog', { name: 'Delete view Waiting for payment?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    assert.equal((await myViews()).length, 1, 'kept');
    await del.click();
    await axe(page);
    await dialog.getByRole('button', { name: 'Delete view', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted the view "Waiting for payment".' }).waitFor();
    assert.equal(await views(page).getByRole('link', { name: 'Waiting for payment' }).count(), 0);
    assert.equal((await myViews()).length, 0);
    assert.equal(await current(page), 'Unpaid');
    // Built-in views have nothing to rename or delete.
    await views(page).getByRole('link', { name: 'To fulfil' }).click();
    await page.waitForURL(/fulfillmentStatus=UNFULFILLED/);
    await until(async () => (await current(page)) === 'To fulfil', 'To fulfil is current');
    assert.equal(await page.getByRole('button', { name: /^Delete view/ }).count(), 0);
    for (const n of orderNumbers.paid) await page.getByRole('link', { name: n }).waitFor();
  });

  test('filter by date range and channel; update the open view with changed filters', async () => {
    // Fixtures: the paid order came from the checkout 20 days ago, an unpaid one 3 days ago.
    const db = new pg.Client({ connectionString: stack.api.database.url });
    await db.connect();
    const backdate = (n: string, days: number, source = 'MANUAL') =>
      db.query(
        `update orders set created_at = now() - make_interval(days => $2), source = $3
         where store_id = $1 and order_number = $4`,
        [storeId, days, source, n],
      );
    try {
      await backdate(orderNumbers.paid[0] ?? '', 20, 'CHECKOUT');
      await backdate(orderNumbers.unpaid[0] ?? '', 3);
    } finally {
      await db.end();
    }
    const day = (ago: number) => {
      const d = new Date();
      d.setDate(d.getDate() - ago);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const shows = (n: number, what: string) => until(async () => (await rows(page).count()) === n, what);
    const quick = (name: string) =>
      page.getByRole('group', { name: 'Quick dates' }).getByRole('button', { name });
    await page.goto(admin.url(`/orders?store=${storeId}`));
    await shows(3, 'all three orders');

    await page.getByLabel('Channel').selectOption('CHECKOUT');
    await page.waitForURL(/source=CHECKOUT/);
    await shows(1, 'the checkout order');
    await page.getByRole('link', { name: orderNumbers.paid[0] ?? '' }).waitFor();
    await page.getByLabel('Channel').selectOption('');
    await shows(3, 'any channel');

    await quick('Last 7 days').click();
    await page.waitForURL(/created=7d/);
    await shows(2, 'two orders in the last 7 days');
    assert.equal(await quick('Last 7 days').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), day(6));
    assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), day(0));
    await quick('Today').click();
    await shows(1, 'one order today');
    await page.getByRole('link', { name: orderNumbers.unpaid[1] ?? '' }).waitFor();

    // Own days: the quick choice gives way to fixed dates in the URL.
    await page.getByLabel('From', { exact: true }).fill(day(25));
    await page.waitForURL((u) => u.searchParams.get('createdFrom') === day(25));
    await page.getByLabel('To', { exact: true }).fill(day(2));
    await page.waitForURL((u) => u.searchParams.get('createdTo') === day(2));
    const url = new URL(page.url());
    assert.deepEqual([url.searchParams.get('createdFrom'), url.searchParams.get('created')], [day(25), null]);
    await shows(2, 'the orders of 20 and 3 days ago');
    await axe(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shot(page, 'orders-filters-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'orders-filters-phone');
    await page.setViewportSize({ width: 1366, height: 900 });

    // From after To: the API refuses and the field says why.
    await page.getByLabel('From', { exact: true }).fill(day(0));
    await page.getByText('must not be before From').waitFor();
    assert.equal(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid'), 'true');
    await axe(page);

    // A view of the last 7 days, then the channel changed: its owner updates it.
    await quick('Last 7 days').click();
    await shows(2, 'last 7 days again');
    await page.getByRole('button', { name: 'Save as view' }).click();
    const form = page.getByRole('form', { name: 'Save view' });
    await form.getByText('Placed: last 7 days').waitFor();
    await form.getByLabel('View name').fill('This week');
    await form.getByRole('button', { name: 'Save view' }).click();
    await until(async () => (await current(page)) === 'This week', 'the new view is open');
    assert.equal(await page.getByRole('button', { name: 'Update view' }).count(), 0);
    await page.getByLabel('Channel').selectOption('MANUAL');
    await page.waitForURL(/source=MANUAL/);
    await page.getByText('The filters differ from the view "This week".').waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'Update view' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Updated the view "This week" with the current filters.' })
      .waitFor();
    const week = (await myViews()).find((v) => v.name === 'This week');
    assert.deepEqual(week?.filters, { store: storeId, created: '7d', source: 'MANUAL' });
    await page.reload();
    await until(async () => (await current(page)) === 'This week', 'still open after a reload');
    assert.equal(await page.getByLabel('Channel').inputValue(), 'MANUAL');
    assert.equal(await page.getByRole('button', { name: 'Update view' }).count(), 0);

    // A built-in view changed offers no update, only saving anew.
    await views(page).getByRole('link', { name: 'Unpaid' }).click();
    await page.waitForURL(/paymentStatus=PENDING/);
    await quick('Today').click();
    await page.waitForURL(/created=today/);
    await shows(1, 'today’s unpaid order');
    assert.equal(await page.getByRole('button', { name: 'Update view' }).count(), 0);
  });
});
