// The account on the app's WEB build in Chromium at phone size, against the real API with the demo
// stores: create an account, keep an address in the address book (the shared AddressForm, checked
// before it is sent), make a second one the default, delete one, see the saved cards and points,
// see returns and subscriptions, and read one of the store's pages. SCREENSHOTS=1 also writes docs/screenshots/mobile-account-*.png.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, type Harness, PHONE, startHarness } from './harness.mts';

let h: Harness;
let browser: Browser;

before(async () => {
  h = await startHarness();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await h?.stop();
});

const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOTS === '1')
    await page.screenshot({ path: h.screenshot(`mobile-account-${name}.png`) });
};

async function fillAddress(page: Page, a: { first: string; line1: string; city: string; postal: string }) {
  await page.getByLabel('First name').fill(a.first);
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Address', { exact: true }).fill(a.line1);
  await page.getByLabel('City').fill(a.city);
  await page.getByLabel('Postal code').fill(a.postal);
  await page.getByLabel('Country code (e.g. US)').fill('US');
}

test('a new shopper keeps an address book, sees cards and points, and reads a store page', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.url('copperleaf.localhost', '/account'));

  await page.getByRole('button', { name: 'Create account' }).first().click();
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email').fill(`ada-${randomUUID().slice(0, 8)}@example.com`);
  await page.getByLabel('Password').fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Create account' }).last().click();
  await page.getByRole('heading', { name: 'Hello, Ada Lovelace' }).waitFor();
  await shot(page, 'home');

  await page.getByRole('button', { name: 'Addresses' }).click();
  await page.getByText('No saved addresses yet.').waitFor();
  await page.getByRole('button', { name: 'Add an address' }).click();
  await page.getByRole('button', { name: 'Save address' }).click();
  // Checked on the phone before anything is sent: each message under its field.
  await page.getByText('Enter the street address').waitFor();
  await fillAddress(page, { first: 'Ada', line1: '12 Analytical Row', city: 'London', postal: '10001' });
  await shot(page, 'address-form');
  await page.getByRole('button', { name: 'Save address' }).click();
  await page.getByRole('button', { name: 'Edit 12 Analytical Row' }).waitFor();

  await page.getByRole('button', { name: 'Add an address' }).click();
  await fillAddress(page, { first: 'Ada', line1: '3 Engine Lane', city: 'Austin', postal: '73301' });
  await page.getByRole('button', { name: 'Save address' }).click();
  await page.getByRole('button', { name: 'Make 3 Engine Lane the default' }).click();
  await page.getByLabel(/Address of Ada Lovelace, 3 Engine Lane, Austin, default/).waitFor();
  await page.getByRole('button', { name: 'Delete 12 Analytical Row' }).click();
  await page.getByRole('button', { name: 'Edit 12 Analytical Row' }).waitFor({ state: 'detached' });
  await shot(page, 'addresses');

  await page.goBack();
  await page.getByRole('button', { name: 'Saved cards' }).click();
  await page.getByText(/No saved cards/).waitFor();
  await page.goBack();
  await page.getByRole('button', { name: 'Loyalty points' }).click();
  await page.getByText(/^0 points · worth/).waitFor();
  await page.getByRole('button', { name: 'Redeem for a gift card' }).click();
  await page.getByText('Enter a whole number of points.').waitFor();
  await shot(page, 'loyalty');

  await page.goBack();
  await page.getByRole('button', { name: 'Returns', exact: true }).click();
  await page.getByText(/^No returns/).waitFor();
  await page.goBack();
  await page.getByRole('button', { name: 'Subscriptions', exact: true }).click();
  await page.getByText(/Subscribe and save\) appear here/).waitFor();
  await shot(page, 'subscriptions');
  await page.goBack();
  await page.getByRole('button', { name: 'About Us' }).click();
  await page.getByTestId('store-page').getByRole('heading', { name: 'Made to last' }).waitFor();
  assert.ok(await page.getByText(/restoring copper pans/).isVisible());
  await shot(page, 'page');
  assert.deepEqual(errors, []);
  await context.close();
});
