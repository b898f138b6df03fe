// A customer's profile in a real browser against the real API: a shopper registers on the
// storefront API, saves an address and places a paid order; the merchant opens them from the
// customer list, sees the order (and opens it) and the address, writes a note (a too-long one
// shows the API's error beside the field), adds loyalty points and sees the ledger line, downloads
// the JSON export, and erases the customer after a confirmation that says what erasing does; the
// API's record is then anonymised. STAFF see the profile without the points or personal-data
// actions. Axe on every screen.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Browser, Page } from 'playwright-core';
import {
  type Admin,
  axe,
  formSays,
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
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const domain = `customers-${suffix()}.localhost`;
const shopperEmail = `ada-${suffix()}@example.test`;
let storeId = '';
let customerId = '';
let orderNumber = '';

/** A shopper with an account, a saved address and one paid order, all through the storefront API. */
async function seedCustomer() {
  await owner.commerce.shippingMethods.create(storeId, { name: 'Standard', price: '5.00' });
  await owner.commerce.paymentMethods.create(storeId, { name: 'Card', provider: 'test' });
  const product = await owner.call<{ id: string }>('POST', '/api/inventory/products', {
    sku: `APR-${suffix()}`,
    name: 'Linen Apron',
    price: '32.00',
    initialStock: 10,
  });
  const listing = await owner.call<{ id: string }>('POST', `/api/stores/${storeId}/products`, {
    productId: product.id,
  });
  const anonymous = stack.admin.as(undefined);
  const session = await anonymous.account.register(domain, {
    email: shopperEmail,
    password: 'shopper password 1',
    firstName: 'Ada',
    lastName: 'Lovelace',
  });
  customerId = session.customer.id;
  const shopper = stack.admin.as(session.accessToken);
  const address = {
    firstName: 'Ada',
    lastName: 'Lovelace',
    line1: '7 Harbour Row',
    city: 'Bristol',
    postalCode: 'BS1 4RN',
    country: 'GB',
  };
  await shopper.account.addAddress(domain, { ...address, isDefault: true });
  const cart = await shopper.storefront.cart.create(domain, {
    items: [{ listingId: listing.id, quantity: 1 }],
    email: shopperEmail,
  });
  const shipping = (await shopper.storefront.shippingOptions(domain, cart.id)).data[0];
  const method = (await shopper.storefront.paymentMethods(domain)).data[0];
  const order = await shopper.storefront.checkout(
    domain,
    {
      cartId: cart.id,
      email: shopperEmail,
      shippingAddress: address,
      shippingMethodId: shipping?.id,
      payments: [{ paymentMethodId: method?.id, token: 'tok_visa' }],
    },
    `k-${suffix()}`,
    session.accessToken,
  );
  orderNumber = order.orderNumber;
}

before(async () => {
  merchant = await startMerchant('Customers Test Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  storeId = (await owner.stores.create({ name: 'Harbor Goods', domain })).id;
  await seedCustomer();
  page = await merchant.signedIn(`/customers?store=${storeId}`, { acceptDownloads: true });
});

after(async () => {
  await merchant?.stop();
});

const shots = (name: string) => screenshots(page, name, { desktop: `${name}-desktop` });

/**
 * The storefront's pay page at both widths, beside the admin's (with ADMIN_SCREENSHOTS=1). The
 * phone one is 390 px wide and tall enough for the whole page: Chromium leaves a cross-origin card
 * frame below the viewport unpainted in a full-page shot.
 */
async function payShots(p: Page, name: string) {
  if (process.env.ADMIN_SCREENSHOTS !== '1') return;
  const dir = new URL('../../../docs/screenshots/', import.meta.url).pathname;
  await p.screenshot({ path: `${dir}web-${name}-desktop.png`, fullPage: true });
  const phone = await browser.newPage({ viewport: { width: 390, height: 2000 } });
  await phone.goto(p.url());
  await phone.waitForLoadState('networkidle');
  await phone.screenshot({ path: `${dir}web-${name}-phone.png`, fullPage: true });
  await phone.close();
}

const profileUrl = () => admin.url(`/customers/${customerId}?store=${storeId}`);

describe('customer profile', { timeout: 240_000 }, () => {
  test('the list opens the profile: header, the order (which opens), the address', async () => {
    const list = page.getByRole('table', { name: 'Customers' });
    await list.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await axe(page);
    await list.getByRole('link', { name: 'Ada Lovelace' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await crumbs.getByRole('link', { name: 'Customers' }).waitFor();
    await crumbs.getByText('Ada Lovelace').waitFor();
    await page.getByTestId('customer-email').getByText(shopperEmail).waitFor();
    await page.getByText(/^Customer since \d{1,2} \w+ \d{4}$/).waitFor();

    const orders = page.getByRole('table', { name: 'Orders of this customer, newest first' });
    await orders.getByRole('link', { name: orderNumber }).waitFor();
    assert.equal(await orders.locator('tbody tr').count(), 1);
    const addresses = page.getByRole('region', { name: 'Addresses' });
    const home = addresses.getByRole('listitem', { name: '7 Harbour Row, Bristol' });
    await home.getByText('Default').waitFor();
    await home.getByText('BS1 4RN Bristol').waitFor();
    await page.getByTestId('points-balance').getByText('0 points').waitFor();
    await page.getByText('No points earned or spent yet.').waitFor();
    await axe(page);

    await orders.getByRole('link', { name: orderNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Order ${orderNumber}` }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
  });

  test('merchant notes save; a too-long note shows the API error beside the field', async () => {
    const form = page.getByRole('form', { name: 'Notes' });
    const notes = form.getByLabel('Merchant notes');
    await notes.fill('x'.repeat(10_001));
    await form.getByRole('button', { name: 'Save notes' }).click();
    await form.locator('.field-error').waitFor();
    assert.match(await form.locator('.field-error').innerText(), /10000|10 000|too big|at most/i);
    assert.equal(await notes.getAttribute('aria-invalid'), 'true');
    await axe(page);

    await notes.fill('Prefers gift wrap. Call before delivery.');
    await form.getByRole('button', { name: 'Save notes' }).click();
    await formSays(form, 'Notes saved.');
    assert.equal(await form.locator('.field-error').count(), 0);
    const saved = await owner.customers.get(storeId, customerId);
    assert.equal(saved.notes, 'Prefers gift wrap. Call before delivery.');
    await page.reload();
    const again = page.getByRole('form', { name: 'Notes' }).getByLabel('Merchant notes');
    await again.waitFor();
    assert.equal(await again.inputValue(), 'Prefers gift wrap. Call before delivery.');
  });

  test('points added by hand show in the balance and the ledger; the balance cannot go below zero', async () => {
    const form = page.getByRole('form', { name: 'Adjust points' });
    await form.getByLabel('Points').fill('50');
    await form.getByLabel('Reason').fill('Welcome gift');
    await form.getByRole('button', { name: 'Adjust points' }).click();
    await formSays(form, 'Balance is now 50 points.');
    await page.getByTestId('points-balance').getByText('50 points').waitFor();
    const ledger = page.getByRole('table', { name: 'Points ledger, newest first' });
    const line = ledger.getByRole('row').filter({ hasText: 'Welcome gift' });
    await line.getByRole('cell', { name: '+50', exact: true }).waitFor();
    await line.getByRole('cell', { name: 'Adjusted', exact: true }).waitFor();
    const account = await owner.customers.loyalty(storeId, customerId);
    assert.equal(account.balance, 50);

    await form.getByLabel('Points').fill('-500');
    await form.getByLabel('Reason').fill('Too many');
    await form.getByRole('button', { name: 'Adjust points' }).click();
    await form.getByRole('alert').getByText('The balance cannot go below zero').waitFor();
    await axe(page);
    await shots('customer-profile');
  });

  test('"Export data" downloads the JSON the API holds about the customer', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export data' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `customer-${customerId}.json`);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.format, 'ventory.customer-export.v1');
    assert.equal(exported.customer.email, shopperEmail);
    assert.deepEqual(
      exported.orders.map((o: { orderNumber: string }) => o.orderNumber),
      [orderNumber],
    );
    await page.getByRole('status').getByText(`Downloaded customer-${customerId}.json.`).waitFor();
  });

  test('erasing asks first, says what it does, and leaves the anonymised record', async () => {
    await page.getByRole('button', { name: 'Erase customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase customer?' });
    await dialog.getByText(/Ada Lovelace's name, email, phone, notes/).waitFor();
    await dialog.getByText(/Their order stays for the accounts\. This cannot be undone\./).waitFor();
    await axe(page);
    // "Keep it" changes nothing.
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    assert.equal((await owner.customers.get(storeId, customerId)).email, shopperEmail);

    await page.getByRole('button', { name: 'Erase customer' }).click();
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erased customer' }).waitFor();
    await page.getByText('This customer was erased.').waitFor();
    await page.getByText(`erased+${customerId}@erased.invalid`).first().waitFor();
    await page.getByText('No saved addresses.').waitFor();
    assert.equal(await page.getByRole('form', { name: 'Notes' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Erase customer' }).count(), 0);
    // The order stays.
    await page
      .getByRole('table', { name: 'Orders of this customer, newest first' })
      .getByRole('link', { name: orderNumber })
      .waitFor();
    await axe(page);
    await shot(page, 'customer-erased');

    const record = await owner.customers.get(storeId, customerId);
    assert.equal(record.email, `erased+${customerId}@erased.invalid`);
    assert.deepEqual(
      [record.firstName, record.lastName, record.notes, record.addresses.length, record.status],
      [null, null, null, 0, 'INACTIVE'],
    );
    assert.equal(record.hasAccount, false);
  });

  test('STAFF see the profile without the points adjustment or the personal-data actions', async () => {
    const staffEmail = `staff-${suffix()}@example.test`;
    await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, profileUrl(), staffEmail, password);
    await staff.getByRole('heading', { level: 1, name: 'Erased customer' }).waitFor();
    await staff.getByText('Owners and admins can add or remove points.').waitFor();
    await staff.getByText("Owners and admins can export or erase a customer's personal data.").waitFor();
    assert.equal(await staff.getByRole('form', { name: 'Adjust points' }).count(), 0);
    assert.equal(await staff.getByRole('button', { name: 'Export data' }).count(), 0);
    await axe(staff);
    await staff.context().close();
  });

  test('an unknown customer shows the error state', async () => {
    await page.goto(admin.url(`/customers/00000000-0000-4000-8000-000000000000?store=${storeId}`));
    await page
      .getByRole('alert')
      .getByText(/Could not load this/)
      .waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await axe(page);
  });
  test('a draft order with a payment link, paid on the storefront, shows Paid in the admin', async () => {
    await page.goto(admin.url(`/orders?store=${storeId}`));
    await page.getByRole('link', { name: 'New order' }).click();
    await page.getByRole('heading', { level: 1, name: 'New order' }).waitFor();
    // No products yet: the API's error shows beside the picker, and nothing is created.
    await page.getByRole('button', { name: 'Create order (paid)' }).click();
    await page.locator('.picker .field-error').waitFor();
    const picker = page.getByRole('combobox', { name: 'Add a product' });
    await picker.fill('Linen');
    await page.getByRole('option', { name: /Linen Apron/ }).click();
    await page.getByLabel('Quantity of Linen Apron').fill('2');
    await page.getByLabel('Customer email').fill('grace@example.test');
    await page.getByLabel('Customer name').fill('Grace Hopper');
    await axe(page);
    await shots('order-new');
    await page.getByRole('button', { name: 'Create draft and payment link' }).click();
    const link = await page.getByLabel('Payment link').inputValue();
    assert.match(link, new RegExp(`^http://${domain}:\\d+/pay/`));
    await page.getByRole('button', { name: 'Copy' }).click();
    await axe(page);
    await shots('order-draft-link');

    // The customer opens the link (same browser) and pays with the test card, as at checkout.
    const shopper = await page.context().newPage();
    await shopper.goto(link);
    await shopper.getByRole('heading', { level: 1, name: 'Pay your order' }).waitFor();
    assert.equal(await shopper.getByTestId('pay-total').textContent(), '$64.00');
    await axe(shopper);
    await payShots(shopper, 'pay');
    const frame = shopper.frameLocator('iframe.card-frame');
    await frame.getByLabel('Card number').fill('4242 4242 4242 4242');
    await frame.getByLabel('Expiry (MM / YY)').fill('12 / 34');
    await frame.getByLabel('Security code').fill('123');
    await shopper.getByTestId('card-status').filter({ hasText: 'Card ready' }).waitFor();
    await shopper.getByRole('button', { name: 'Pay $64.00' }).click();
    await shopper.getByTestId('pay-paid').waitFor();
    await axe(shopper);
    await payShots(shopper, 'pay-paid');
    await shopper.close();

    await page.getByRole('link', { name: /^Open order/ }).click();
    await until(
      async () => (await page.getByTestId('payment-status').textContent()) === 'PAID',
      'the admin order shows PAID',
    );
    assert.equal(await page.getByRole('heading', { name: 'Payment link' }).count(), 0);
  });
});
