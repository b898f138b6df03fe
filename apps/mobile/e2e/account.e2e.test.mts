// The account on the app's WEB build in Chromium at phone size, against the real API with the demo
// stores: create an account, keep an address in the address book (the shared AddressForm, checked
// before it is sent), make a second one the default, delete one, see the saved cards and points,
// see returns and subscriptions, and read one of the store's pages; then pay with the default
// address and a card added in the account, ask for a shipped item back and manage a subscription;
// then reset a forgotten password from the emailed link. SCREENSHOTS=1 also writes
// docs/screenshots/mobile-account-*.png.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { eventually, startMailbox } from '../../api/test/mailbox.ts';
import { CHROMIUM, CHROMIUM_ARGS, type Harness, PHONE, startHarness } from './harness.mts';

let h: Harness;
let browser: Browser;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;

before(async () => {
  // The store's emails (password reset) go to a real SMTP server on loopback.
  mailbox = await startMailbox();
  process.env.API_STACK_CONFIG = JSON.stringify({ smtpUrl: mailbox.url });
  h = await startHarness();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await h?.stop();
  await mailbox?.close();
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

const PASSWORD = 'correct-horse-battery';
const STORE = 'copperleaf.localhost';

/** A new shopper account on a phone, signed in on the account tab. */
async function signUp() {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.url(STORE, '/account'));
  await page.getByRole('button', { name: 'Create account' }).first().click();
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  const email = `ada-${randomUUID().slice(0, 8)}@example.com`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).last().click();
  await page.getByRole('heading', { name: 'Hello, Ada Lovelace' }).waitFor();
  return { context, page, errors, email };
}

test('a new shopper keeps an address book, sees cards and points, and reads a store page', async () => {
  const { context, page, errors } = await signUp();
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

test('a card added in the account and the default address pay at checkout; a shipped item is asked back; a subscription is paused, resumed and cancelled', async () => {
  const { context, page, errors, email } = await signUp();
  await page.getByRole('button', { name: 'Addresses' }).click();
  await page.getByRole('button', { name: 'Add an address' }).click();
  await fillAddress(page, { first: 'Ada', line1: '3 Engine Lane', city: 'Austin', postal: '73301' });
  await page.getByRole('button', { name: 'Save address' }).click();
  await page.getByRole('button', { name: 'Edit 3 Engine Lane' }).waitFor();
  await page.goBack();

  await page.getByRole('button', { name: 'Saved cards' }).click();
  await page.getByRole('button', { name: 'Add a card' }).click();
  await page.getByRole('button', { name: 'Save card' }).click();
  await page.getByText('Enter a valid card number').waitFor();
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('Security code').fill('123');
  await page.getByRole('button', { name: 'Save card' }).click();
  await page.getByText('Visa ending 4242', { exact: true }).waitFor();
  await shot(page, 'cards');
  await page.goBack();

  // Buy the skillet: the form starts from the default address, the saved card is picked.
  await page.getByRole('tab', { name: /^Search/ }).click();
  await page.getByLabel('Search products').fill('Cast Iron Skillet');
  await page.getByRole('link', { name: 'Cast Iron Skillet', exact: true }).click();
  const add = page.getByTestId('add-to-cart');
  await add.waitFor();
  if ((await add.textContent())?.includes('Choose an option'))
    await page.getByTestId('variant').filter({ hasNotText: 'sold out' }).first().click();
  await add.click();
  await page.getByRole('link', { name: 'View cart' }).click();
  await page.getByTestId('checkout').click();
  await page.getByRole('button', { name: /^Ada Lovelace, 3 Engine Lane, Austin$/ }).waitFor();
  assert.equal(await page.getByLabel('Address', { exact: true }).inputValue(), '3 Engine Lane');
  await shot(page, 'checkout-address');
  await page.getByRole('button', { name: 'Continue to shipping' }).click();
  await page.getByRole('radio').first().click();
  await page.getByRole('radio', { checked: true }).waitFor();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.getByRole('radio', { name: /ending 4242$/, checked: true }).waitFor();
  assert.equal(
    await page.getByLabel('Card number').count(),
    0,
    'no card fields while a saved card is picked',
  );
  await shot(page, 'checkout-saved-card');
  await page.getByTestId('pay').click();
  await page.getByTestId('confirmation').waitFor({ timeout: 20_000 });
  const heading =
    (await page
      .getByRole('heading', { name: /^Order / })
      .first()
      .textContent()) ?? '';
  const orderNumber = heading.replace('Order ', '').trim();
  const order = await h.orderByNumber(STORE, orderNumber);
  assert.equal(order.paymentStatus, 'PAID');
  assert.equal(order.shippingAddress?.line1, '3 Engine Lane');
  // Not shipped yet: nothing to send back.
  assert.equal(await page.getByRole('button', { name: 'Request a return' }).count(), 0);

  await h.fulfillOrder(STORE, orderNumber);
  await page.reload();
  await page.getByRole('button', { name: 'Request a return' }).click();
  await page.getByTestId('return-request').getByText('Cast Iron Skillet').waitFor();
  await page.getByRole('button', { name: 'Damaged or faulty' }).click();
  await page.getByLabel('Anything else we should know? (optional)').fill('The handle is cracked.');
  await shot(page, 'return-request');
  await page.getByRole('button', { name: 'Request return' }).click();
  await page.getByLabel(/^Return .+, requested$/).waitFor();
  assert.ok(await page.getByText(/1 × Cast Iron Skillet/).isVisible());

  // A subscription (Subscribe and save, taken on the web with the saved card) is managed here.
  const client = new VentoryClient({ baseUrl: h.apiUrl });
  const shopper = client.as((await client.account.login(STORE, { email, password: PASSWORD })).accessToken);
  const plan = (await shopper.account.subscriptionPlans(STORE)).data.find((p) => p.name === 'Monthly tea');
  const [card] = (await shopper.checkout.savedPaymentMethods.list(STORE)).data;
  assert.ok(plan && card && order.shippingAddress, 'the demo tea plan and the saved card');
  await shopper.account.subscribe(STORE, {
    planId: plan.id,
    savedPaymentMethodId: card.id,
    shippingAddress: order.shippingAddress,
  });
  await page.goto(h.url(STORE, '/account/subscriptions'));
  const sub = (state: string) => page.getByLabel(`1 × Monthly tea, ${state}`, { exact: true });
  await sub('Active').waitFor();
  await page.getByRole('button', { name: 'Pause 1 × Monthly tea' }).click();
  await sub('Paused').waitFor();
  await page.getByRole('button', { name: 'Resume 1 × Monthly tea' }).click();
  await sub('Active').waitFor();
  // Cancelling is final: the first tap only asks.
  await page.getByRole('button', { name: 'Cancel 1 × Monthly tea' }).click();
  await page.getByRole('button', { name: 'Yes, cancel 1 × Monthly tea' }).click();
  await sub('Canceled').waitFor();
  await shot(page, 'subscription-canceled');
  const [saved] = (await shopper.account.subscriptions(STORE)).data;
  assert.equal(saved?.status, 'CANCELED', 'the API has it cancelled too');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a forgotten password: the emailed link opens the new-password screen, and the new one signs in', async () => {
  const { context, page, errors, email } = await signUp();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Forgot password?' }).click();
  const forgot = page.getByTestId('forgot-password');
  await forgot.getByRole('textbox', { name: 'Email' }).fill('not an email');
  await forgot.getByRole('button', { name: 'Email me a reset link' }).click();
  await forgot.getByText('Enter an email address like name@example.com').waitFor();
  await forgot.getByRole('textbox', { name: 'Email' }).fill(email);
  await forgot.getByRole('button', { name: 'Email me a reset link' }).click();
  await forgot.getByText(`If an account uses ${email}, a reset link is on its way.`).waitFor();

  // Signing up sent a verification email first; the reset link comes in its own.
  const resetLink = /https?:\/\/\S+\/account\/reset-password\?token=[\w-]+/;
  const link = await eventually(
    () => mailbox.to(email).flatMap((m) => resetLink.exec(m.text)?.[0] ?? [])[0],
    'the reset email',
  );
  // The storefront's path is the app's too: the same link opens either.
  await page.goto(h.url(STORE, new URL(link).pathname + new URL(link).search));
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.getByText('The password needs at least 8 characters.').waitFor();
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.getByText('Your password is changed. Sign in with it.').waitFor();
  await shot(page, 'password-reset');
  await page.getByTestId('reset-password').getByRole('button', { name: 'Sign in' }).click();
  const account = page.getByTestId('account');
  await account.getByRole('textbox', { name: 'Email' }).fill(email);
  await account.getByLabel('Password', { exact: true }).fill('a-brand-new-password');
  await account.getByRole('button', { name: 'Sign in' }).last().click();
  await page.getByRole('heading', { name: 'Hello, Ada Lovelace' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
