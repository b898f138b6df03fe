// The shopper's journey on the app's WEB build in Chromium at phone size (390x844, touch),
// against the real API with the demo stores: browse, search with a typo, product, variant, add
// to cart, checkout with the test card, confirmation and tracking; then offline: relaunch, the
// cached catalogue and the cart are still there. SCREENSHOTS=1 also writes
// docs/screenshots/mobile-<store>-*.png.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, type Harness, PHONE, startHarness } from './harness.mts';

let h: Harness;
let browser: Browser;

before(async () => {
  h = await startHarness();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await h?.stop();
});

async function phone(storeDomain: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(h.url(storeDomain, '/'));
  return { context, page };
}

const shot = async (page: Page, store: string, name: string) => {
  if (process.env.SCREENSHOTS === '1')
    await page.screenshot({ path: h.screenshot(`mobile-${store}-${name}.png`) });
};

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

for (const store of [
  {
    handle: 'northwind',
    domain: 'northwind.localhost',
    name: 'Northwind Outfitters',
    typo: 'lantren',
    product: 'Camp Lantern',
  },
  {
    handle: 'copperleaf',
    domain: 'copperleaf.localhost',
    name: 'Copperleaf Home',
    typo: 'skilet',
    product: 'Cast Iron Skillet',
  },
]) {
  describe(store.name, () => {
    test('browse → search with a typo → product → add → checkout with the test card → confirmation → tracking', async () => {
      const { context, page } = await phone(store.domain);
      await page.getByRole('heading', { name: store.name }).first().waitFor();
      await page.getByText('Featured').waitFor();
      await page
        .getByRole('link')
        .filter({ has: page.locator('img') })
        .first()
        .waitFor();
      await shot(page, store.handle, 'home');

      // Browse a category, then search with a typo.
      await tab(page, 'Search').click();
      await page.getByLabel('Search products').fill(store.typo);
      const hit = page.getByRole('link', { name: store.product, exact: true });
      await hit.waitFor();
      await hit.click();

      await page.getByTestId('product').waitFor();
      await page.getByTestId('product').getByRole('heading', { name: store.product }).waitFor();
      await page.getByTestId('availability').waitFor();
      await shot(page, store.handle, 'product');
      const add = page.getByTestId('add-to-cart');
      if ((await add.textContent())?.includes('Choose an option'))
        await page.getByTestId('variant').filter({ hasNotText: 'sold out' }).first().click();
      await page.getByRole('button', { name: 'Increase quantity' }).click();
      await add.click();
      await page.getByTestId('added').waitFor();

      await page.getByRole('link', { name: 'View cart' }).click();
      await page.getByTestId('cart-line').waitFor();
      assert.match(
        (await page.getByTestId('cart-line').first().getAttribute('aria-label')) ?? '',
        new RegExp(`${store.product}, 2 ×`),
      );
      await page.getByLabel('Coupon code').fill('WELCOME10');
      await page.getByRole('button', { name: 'Apply coupon' }).click();
      await page.getByText('Coupon WELCOME10 applied').waitFor();
      await shot(page, store.handle, 'cart');
      await page.getByTestId('checkout').click();

      // Checkout: the address is validated on the device first.
      await page.getByRole('button', { name: 'Continue to shipping' }).click();
      await page.getByText('Enter a first name').waitFor();
      await page.getByLabel('Email', { exact: true }).fill('ada@example.com');
      await page.getByLabel('First name').fill('Ada');
      await page.getByLabel('Last name').fill('Shopper');
      await page.getByLabel('Address', { exact: true }).fill('1 Main Street');
      await page.getByLabel('City').fill('Austin');
      await page.getByLabel('State / region (optional)').fill('TX');
      await page.getByLabel('Postal code').fill('73301');
      await page.getByLabel('Country code (e.g. US)').fill('US');
      await page.getByRole('button', { name: 'Continue to shipping' }).click();
      await page.getByRole('radio').first().click();
      await page.getByRole('radio', { checked: true }).waitFor();
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.getByLabel('Card number').fill('4242 4242 4242 4242');
      await page.getByLabel('Expiry (MM/YY)').fill('12/34');
      await page.getByLabel('Security code').fill('123');
      await shot(page, store.handle, 'checkout');
      await page.getByTestId('pay').click();

      await page.getByTestId('confirmation').waitFor({ timeout: 20_000 });
      await page.getByTestId('order-status').waitFor();
      const heading = await page
        .getByRole('heading', { name: /^Order / })
        .first()
        .textContent();
      const orderNumber = heading?.replace('Order ', '').trim() ?? '';
      assert.ok(orderNumber, 'the confirmation names the order');
      const order = await h.orderByNumber(store.domain, orderNumber);
      assert.equal(order.paymentStatus, 'PAID');
      assert.equal(order.customerEmail, 'ada@example.com');
      assert.deepEqual(order.couponCodes, ['WELCOME10']);
      await page.getByText('History').waitFor();
      await shot(page, store.handle, 'tracking');

      // The cart is empty after the order.
      await page.goto(h.url(store.domain, '/cart'));
      await page.getByText('Your cart is empty.').waitFor();
      await context.close();
    });
  });
}

test('offline: a relaunch shows the cached catalogue and the cart; an add waits and is sent on reconnect', async () => {
  const { context, page } = await phone('northwind.localhost');
  await page.getByText('Featured').waitFor();
  const cards = page.getByLabel('Featured', { exact: true }).getByRole('link');
  await cards.nth(1).waitFor();
  const name = (await cards.nth(0).getAttribute('aria-label')) ?? '';
  const secondName = (await cards.nth(1).getAttribute('aria-label')) ?? '';
  await cards.nth(0).click();
  await page.getByTestId('add-to-cart').waitFor();
  if (!(await page.getByTestId('add-to-cart').isEnabled())) throw new Error(`${name} cannot be added`);
  await page.getByTestId('add-to-cart').click();
  await page.getByTestId('added').waitFor();
  await page.goBack();
  // A second product is only looked at: offline, it opens from the cache.
  await page.getByRole('link', { name: secondName, exact: true }).first().click();
  await page.getByTestId('add-to-cart').waitFor();
  await page.goBack();
  await page.getByText('Featured').waitFor();
  await page.waitForTimeout(800); // the state is saved at most every 500 ms

  // The "relaunch" without a network: on a phone the JavaScript is in the app; here the page is
  // reloaded with every API request failing, and the device is reported offline once it runs.
  const apiOrigin = new URL(h.apiUrl).origin;
  await context.route(`${apiOrigin}/**`, (r) => r.abort('internetdisconnected'));
  await page.reload();
  await context.setOffline(true);
  await page.getByRole('alert').filter({ hasText: 'You are offline' }).waitFor();
  await page.getByText('Featured').waitFor();
  await page.getByRole('link', { name, exact: true }).first().waitFor();
  await tab(page, 'Cart').click();
  await page.getByTestId('cart-line').first().waitFor();
  assert.match(
    (await page.getByTestId('cart-line').first().getAttribute('aria-label')) ?? '',
    new RegExp(name.replace(/[()]/g, '.')),
  );

  // Add another product while offline: it waits on the device...
  await tab(page, 'Home').click();
  await page.getByRole('link', { name: secondName, exact: true }).first().click();
  if ((await page.getByTestId('add-to-cart').textContent())?.includes('Choose an option'))
    await page.getByTestId('variant').filter({ hasNotText: 'sold out' }).first().click();
  await page.getByTestId('add-to-cart').click();
  await page.getByTestId('queued').waitFor();
  await page.goBack();
  await tab(page, 'Cart').click();
  await page.getByTestId('queued-line').waitFor();
  // ...and is sent when the network returns. The cart's refetch on reconnect is read by the API
  // before the add lands and answered after it, as on a slow network: the app must still end on
  // the cart with the line, not on the older cart that answer carries.
  await context.unroute(`${apiOrigin}/**`);
  let staleAnswered: Promise<void> | undefined;
  await context.route(`${apiOrigin}/**/cart/*`, async (r) => {
    if (r.request().method() !== 'GET' || staleAnswered) return r.continue();
    staleAnswered = r.fetch().then(async (response) => {
      await new Promise((done) => setTimeout(done, 1500));
      await r.fulfill({ response });
    });
  });
  await context.route(`${apiOrigin}/**/cart/*/items`, async (r) => {
    await new Promise((done) => setTimeout(done, 300));
    await r.continue();
  });
  await context.setOffline(false);
  await page.getByTestId('queued-line').waitFor({ state: 'detached', timeout: 20_000 });
  await page.getByTestId('cart-line').filter({ hasText: secondName }).waitFor();
  assert.ok(staleAnswered, 'the cart was read again on reconnect');
  await staleAnswered;
  await page.waitForTimeout(500); // the app has taken that answer in
  await page.getByTestId('cart-line').filter({ hasText: secondName }).waitFor();
  assert.equal(await page.getByTestId('cart-notice').count(), 0);
  await context.close();
});
