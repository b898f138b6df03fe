// Settings in a real browser against the real API, database and storefront: a new store cannot
// sell until the merchant adds a shipping method (US only, free over an amount), a tax rate and the
// test payment method in Settings; then the storefront's cart opens checkout and offers the method.
// A negative price shows the API's error beside the field and saves nothing; a Stripe secret key
// is never shown back (page and API); an email template is previewed, saved, tested and reset;
// STAFF do not get Settings.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Browser, Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  screenshots,
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
const domain = `settings-${suffix()}.localhost`;
let storeId = '';
let slug = '';

before(async () => {
  merchant = await startMerchant('Settings Test Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  storeId = (await owner.stores.create({ name: 'Juniper Supply', domain })).id;
  const product = await owner.call<{ id: string }>('POST', '/api/inventory/products', {
    sku: `JUN-${suffix()}`,
    name: 'Linen Apron',
    price: '32.00',
    initialStock: 10,
  });
  slug = (
    await owner.call<{ slug: string }>('POST', `/api/stores/${storeId}/products`, { productId: product.id })
  ).slug;
  page = await merchant.signedIn(`/settings?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

const shots = (name: string) => screenshots(page, name);

const closed = 'This shop cannot take orders yet';

/** A negative price shows the API's message beside the field and saves nothing; then 5.00 saves. */
async function addShippingAfterABadPrice() {
  const ship = page.getByRole('form', { name: 'New shipping method' });
  await ship.getByLabel('Name').fill('Standard shipping');
  await ship.getByLabel('Price (USD)').fill('-5');
  await ship.getByLabel('Free over (USD)').fill('50');
  await ship.getByLabel('Delivery estimate (days)').fill('4');
  await ship.getByLabel('Countries').fill('us');
  await ship.getByRole('button', { name: 'Create shipping method' }).click();
  await until(
    async () => (await ship.getByLabel('Price (USD)').getAttribute('aria-invalid')) === 'true',
    'price marked invalid',
  );
  await ship.getByText('must not be negative').waitFor();
  assert.equal(await ship.getByLabel('Countries').inputValue(), 'us');
  assert.equal((await owner.commerce.shippingMethods.list(storeId)).total, 0);

  await ship.getByLabel('Price (USD)').fill('5.00');
  await ship.getByRole('button', { name: 'Create shipping method' }).click();
  await page.getByRole('status').filter({ hasText: 'Created Standard shipping.' }).waitFor();
  await page.getByRole('cell', { name: 'US', exact: true }).waitFor();
  const [method] = (await owner.commerce.shippingMethods.list(storeId)).data;
  assert.deepEqual(
    {
      price: method?.price,
      free: method?.freeAboveAmount,
      days: method?.estimatedDeliveryDays,
      type: method?.rateCalculationType,
      countries: (method?.settings as { countries?: string[] } | undefined)?.countries,
      active: method?.isActive,
    },
    { price: '5.00', free: '50.00', days: 4, type: 'FLAT', countries: ['US'], active: true },
  );
}

describe('admin settings', () => {
  test('shipping, a tax rate and the test payment method: the storefront takes orders', async () => {
    const shopper = await (await browser.newContext()).newPage();
    await shopper.goto(stack.web.url(domain, `/p/${slug}`));
    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await shopper.waitForURL(/\/cart/);
    await shopper.getByRole('heading', { name: closed }).waitFor();

    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByText('No shipping methods yet.').waitFor();
    await page.getByText('No payment methods yet.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Shoppers cannot order yet' }).waitFor();
    await axe(page);

    await addShippingAfterABadPrice();

    const tax = page.getByRole('form', { name: 'New tax rate' });
    await tax.getByLabel('Name').fill('NY sales tax');
    await tax.getByLabel('Rate (%)').fill('8.875');
    await tax.getByLabel('Country').fill('US');
    await tax.getByLabel('Region').fill('NY');
    await tax.getByLabel('Also charged on shipping').check();
    await tax.getByRole('button', { name: 'Create tax rate' }).click();
    await page.getByRole('status').filter({ hasText: 'Created NY sales tax.' }).waitFor();
    const [rate] = (await owner.commerce.taxRates.list(storeId)).data;
    assert.deepEqual(
      [rate?.country, rate?.region, rate?.rate, rate?.appliesToShipping, rate?.compound],
      ['US', 'NY', '8.875', true, false],
    );

    const pay = page.getByRole('form', { name: 'New payment method' });
    assert.equal(await pay.getByLabel('Provider').inputValue(), 'test');
    await pay.getByLabel('Name').fill('Card');
    await pay.getByRole('button', { name: 'Create payment method' }).click();
    await page.getByRole('status').filter({ hasText: 'Created Card.' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Ready to sell' }).waitFor();
    await axe(page);
    await shots('settings');

    // The shopper's cart now leads to checkout, which offers the method.
    await shopper.reload();
    await shopper.getByRole('link', { name: 'Checkout' }).click();
    await shopper.waitForURL(/\/checkout/);
    await shopper.getByRole('radio', { name: /Standard shipping/ }).waitFor();
    assert.equal(await shopper.getByText(closed).count(), 0);
    await shopper.context().close();
  });

  test('a Stripe secret key, once saved, is never shown back; deactivate asks first', async () => {
    const secret = `sk_test_${suffix()}${suffix()}Zq81`;
    const webhook = `whsec_${suffix()}${suffix()}`;
    const pay = page.getByRole('form', { name: 'New payment method' });
    await pay.getByLabel('Provider').selectOption('stripe');
    await pay.getByLabel('Name').fill('Stripe cards');
    await pay.getByLabel('Publishable key').fill('pk_test_51Juniper');
    await pay.getByLabel('Secret key').fill(secret);
    await pay.getByLabel('Webhook signing secret').fill(webhook);
    await pay.getByRole('button', { name: 'Create payment method' }).click();
    await page.getByRole('status').filter({ hasText: 'Created Stripe cards.' }).waitFor();
    await page.getByRole('cell', { name: /Publishable key pk_test_51Juniper · Secret key set/ }).waitFor();

    await page.getByRole('button', { name: 'Edit Stripe cards' }).click();
    const edit = page.getByRole('form', { name: 'Edit payment method Stripe cards' });
    assert.equal(await edit.getByLabel('Publishable key').inputValue(), 'pk_test_51Juniper');
    assert.equal(await edit.getByLabel('Secret key').inputValue(), '');
    await edit.getByText('Stored (ends in Zq81), never shown.').waitFor();
    await axe(page);
    await shots('settings-stripe');
    const html = await page.content();
    assert.ok(!html.includes(secret) && !html.includes(webhook), 'no secret in the page');

    // Saving without typing a secret keeps the stored ones.
    await edit.getByLabel('Capture').selectOption('manual');
    await edit.getByRole('button', { name: 'Save payment method' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Stripe cards.' }).waitFor();
    const listed = await owner.commerce.paymentMethods.list(storeId);
    const wire = JSON.stringify(listed);
    assert.ok(!wire.includes(secret) && !wire.includes(webhook), 'no secret in the API answer');
    const stripe = listed.data.find((m) => m.provider === 'stripe');
    assert.equal(stripe?.settings.secretKey, '****Zq81');
    assert.equal(stripe?.settings.webhookSecret, `****${webhook.slice(-4)}`);
    assert.equal(stripe?.settings.captureMode, 'manual');

    await page.getByRole('button', { name: 'Deactivate Stripe cards' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Stripe cards?' });
    await dialog.getByText('Shoppers can no longer pay with Stripe cards.').waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('status').filter({ hasText: 'Stripe cards deactivated.' }).waitFor();
    const after = await owner.commerce.paymentMethods.get(storeId, stripe?.id ?? '');
    assert.equal(after.isActive, false);
    assert.ok(!(await page.content()).includes(secret));
  });

  test('store details: contact email and "prices include tax" are saved', async () => {
    const form = page.getByRole('form', { name: 'Name, contact and currency' });
    await form.getByLabel('Contact email').fill('hello@juniper.test');
    await form.getByLabel('Prices include tax').check();
    await form.getByRole('button', { name: 'Save store details' }).click();
    await form.getByRole('status').filter({ hasText: 'Store details saved.' }).waitFor();
    const store = await owner.stores.get(storeId);
    assert.equal(store.contactEmail, 'hello@juniper.test');
    assert.equal(store.settings.pricesIncludeTax, true);
    assert.equal(store.currency, 'USD');
  });

  test('emails: a template is previewed as it is typed, saved, sent as a test and reset', async () => {
    await page.goto(admin.url(`/settings/emails?store=${storeId}`));
    await page.getByRole('link', { name: 'Edit Order shipped' }).click();
    const form = page.getByRole('form', { name: 'Edit Order shipped' });
    await form.getByLabel('Subject').fill('{{store.name}} shipped {{order.orderNumber}}');
    const subject = page.getByTestId('preview-subject');
    await until(
      async () => (await subject.textContent()) === 'Juniper Supply shipped 1042',
      'the preview shows the unsaved subject with the sample order',
    );
    await page
      .frameLocator('iframe[title="Preview of Order shipped"]')
      .getByText('Ceramic pour-over kettle')
      .waitFor();
    assert.equal((await owner.emails.get(storeId, 'shipment')).isCustom, false, 'a preview saves nothing');
    await form.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    assert.equal(
      (await owner.emails.get(storeId, 'shipment')).subject,
      '{{store.name}} shipped {{order.orderNumber}}',
    );
    await axe(page);
    await shots('settings-emails');
    const send = page.getByRole('form', { name: 'Send a test email' });
    await send.getByLabel('Send a test to').fill('me@juniper.test');
    await send.getByRole('button', { name: 'Send test email' }).click();
    await page
      .getByRole('table', { name: 'Latest emails' })
      .getByText('Juniper Supply shipped 1042')
      .waitFor();
    await page.getByRole('button', { name: 'Reset to built-in text (Order shipped)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset template' }).click();
    await until(
      async () => !(await owner.emails.get(storeId, 'shipment')).isCustom,
      'the built-in text is back',
    );
    await until(
      async () =>
        (await form.getByLabel('Subject').inputValue()) === 'Your order {{order.orderNumber}} is on its way',
      'the editor shows the built-in subject',
    );
  });

  test('STAFF do not see Settings, and the API refuses their changes', async () => {
    const staffEmail = `staff-${suffix()}@example.test`;
    await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, admin.url(`/?store=${storeId}`), staffEmail, password);
    const nav = staff.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Orders' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Settings' }).count(), 0);
    await staff.goto(admin.url(`/settings?store=${storeId}`));
    await staff.getByText("Only owners and admins change the store's settings.").waitFor();
    assert.equal(await staff.getByRole('form', { name: 'New shipping method' }).count(), 0);
    await axe(staff);
    const session = await stack.admin.auth.login({ email: staffEmail, password });
    const refused = await stack.admin.raw(
      'POST',
      `/api/stores/${storeId}/shipping-methods`,
      { name: 'Sneaky', price: '0' },
      { token: session.accessToken },
    );
    assert.equal(refused.status, 403);
    await staff.context().close();
  });
});
