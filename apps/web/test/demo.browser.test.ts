// The demo stores exactly as a plain `npm start` seeds them, with no setup through the API. At
// checkout: a guest buys on each with the printed coupon and the hosted card fields (declined, then
// approved), pays partly with the printed gift card, and answers a 3-D Secure challenge. After it:
// a member turns on push updates, pays with a saved card, downloads the demo e-book, follows the
// shipment email (and its push notification) to the tracking page and subscribes to tea; another returns to an abandoned cart through its email,
// saves a line for later, resets the password by email, downloads the data and deletes the
// account; the owner runs an A/B test on the home page and reads its report. Staff act as the demo
// owner would (the printed login); only the clock is moved, so the cart counts as abandoned now.
// What the shopper reads at each step is checked, and axe finds nothing serious on the pages visited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_TENANTS, seedDemo } from '../../api/src/seed/demo.ts';
import { DEMO_COUPON, DEMO_GIFT_CARD } from '../../api/src/seed/demo-commerce.ts';
import { demoShop, fillFields, submit } from './demo-shop.ts';
import { CHROMIUM, CHROMIUM_ARGS, request, type Stack, startStack, suffix, until } from './harness.ts';
import { axe, enterCard, heroLayout, sessionsPerVariant } from './shops.ts';
import { deliverToServiceWorker, startPushService } from './web-push.ts';

let stack: Stack;
let browser: Browser;
let demo: ReturnType<typeof demoShop>;

before(async () => {
  stack = await startStack();
  await seedDemo(stack.api.platform, stack.api.url);
  demo = demoShop(stack);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

const open = async (): Promise<Page> => (await browser.newContext()).newPage();

/** The first product on the store's home page that can be bought now, from the shopper's side. */
async function firstProduct(page: Page, domain: string): Promise<string> {
  await page.goto(stack.web.url(domain));
  await axe(page);
  const href = await page.locator('a[href^="/p/"]').first().getAttribute('href');
  assert.ok(href, 'the home page shows products');
  return href;
}

/** Product → cart (two units, so the coupon's minimum is met) → checkout's payment step. */
async function toPayment(page: Page, domain: string, productHref: string) {
  await page.goto(stack.web.url(domain, productHref));
  await axe(page);
  // The shared stepper (packages/ui, the Expo app's) sends its value with the form.
  const more = page.getByRole('button', { name: 'Increase quantity' });
  if (await more.count()) {
    await more.click();
    await page.getByRole('group', { name: 'Quantity' }).getByText('2', { exact: true }).waitFor();
  }
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(/\/cart/);
  await page.getByLabel('Coupon code').fill(DEMO_COUPON.code);
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.getByText(DEMO_COUPON.code, { exact: true }).waitFor();
  await axe(page);
  await page.goto(stack.web.url(domain, '/checkout'));
  await page.fill('input[name="email"]', `demo-${suffix()}@example.test`);
  await fillFields(page, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    line1: '20 W 34th St',
    city: 'New York',
    region: 'NY',
    postalCode: '10001',
    country: 'US',
  });
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/step=payment/);
  await axe(page);
}

describe('the demo stores of a plain npm start', () => {
  for (const shop of DEMO_TENANTS) {
    test(`${shop.store.name}: coupon, a declined card, then an approved one`, async () => {
      const domain = demo.domainOf(shop);
      const page = await (await browser.newContext()).newPage();
      await toPayment(page, domain, await firstProduct(page, domain));
      const summary = (await page.locator('.summary').textContent()) ?? '';
      assert.match(summary, /Discount−\$/, 'the coupon applies');
      assert.match(summary, /Tax\$[1-9]/, 'New York sales tax applies');
      await enterCard(page, '4000 0000 0000 0002');
      await page.getByRole('button', { name: /^Pay / }).click();
      await page.waitForURL(/error=/);
      assert.equal(
        await page.locator('p.error[role="alert"]').textContent(),
        'Your card was declined. Try another card.',
      );
      await enterCard(page, '4242 4242 4242 4242');
      await page.getByRole('button', { name: /^Pay / }).click();
      await page.waitForURL(/\/order\//);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Thank you for your order!');
      assert.match((await page.getByTestId('paid-with').textContent()) ?? '', /Visa ending 4242/);
      await axe(page);
      await page.context().close();
    });
  }

  test('the printed gift card pays part, a 3-D Secure card the rest', async () => {
    const domain = demo.domainOf(DEMO_TENANTS[0]);
    const page = await (await browser.newContext()).newPage();
    await toPayment(page, domain, await firstProduct(page, domain));
    await page.fill('input[name="giftCardCode"]', DEMO_GIFT_CARD.code);
    await page.locator('.gift-box').getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/gift=applied/);
    assert.match((await page.getByTestId('gift-card-applied').textContent()) ?? '', /DEMO|50\.00/);
    await enterCard(page, '4000 0027 6000 3184');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/order\//);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Confirm your payment');
    await page.getByRole('button', { name: 'Confirm payment' }).click();
    await page.getByTestId('payment-challenge').waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Thank you for your order!');
    assert.match(
      (await page.getByTestId('paid-with').textContent()) ?? '',
      /Gift card •••• .* \(\$50\.00\) \+ Visa ending \d{4}/,
    );
    await page.context().close();
  });
});

describe('after checkout, on the demo stores of a plain npm start', () => {
  test('Copperleaf: a member pays with a saved card, downloads the e-book, tracks the shipment from its email and its push notification, and subscribes to tea', async (t) => {
    const shop = DEMO_TENANTS[0];
    const domain = demo.domainOf(shop);
    const email = `member-${suffix()}@example.test`;
    const page = await open();
    const push = await startPushService();
    t.after(() => push.close());
    const origin = new URL(stack.web.url(domain)).origin;
    await push.offerTo(page, origin);
    await demo.register(page, domain, { first: 'Ada', email });
    await page.getByRole('button', { name: 'Get order updates on this device' }).click();
    await page.locator('.push-opt-in').getByRole('status').waitFor();

    await page.goto(stack.web.url(domain, '/account/addresses'));
    const address = page.locator('form', { has: page.getByRole('button', { name: 'Add address' }) });
    if (!(await address.isVisible())) await page.locator('summary', { hasText: 'Add an address' }).click();
    await address.getByLabel('First name').fill('Ada');
    await address.getByLabel('Last name').fill('Demo');
    await address.getByLabel('Address', { exact: true }).fill('20 W 34th St');
    await address.getByLabel('City').fill('New York');
    await address.getByLabel('Postal code').fill('10001');
    await address.getByLabel('Country code (e.g. US)').fill('US');
    await submit(page, 'Add address', /saved=added/);
    await page.goto(stack.web.url(domain, '/account/payment-methods'));
    await page.getByLabel('Card token').fill('tok_visa');
    await submit(page, 'Save card', /saved=added/);

    await demo.addFromSearch(page, domain, 'cookbook', /Copperleaf Cookbook/);
    const tea = await demo.addFromSearch(page, domain, 'earl grey', /Earl Grey Loose Tea/);
    await page.goto(stack.web.url(domain, '/checkout'));
    assert.equal(await page.inputValue('input[name="line1"]'), '20 W 34th St', 'prefilled from the account');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/step=payment/);
    assert.ok(
      await page.getByRole('radio', { name: /Visa ending 4242/ }).isChecked(),
      'the saved card is offered',
    );
    await axe(page);
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/order\//);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Thank you for your order!');
    const orderId = new URL(page.url()).pathname.split('/').pop() ?? '';

    // The e-book: a signed link from the confirmation, to the file the storefront serves.
    const download = page.getByRole('link', { name: 'Download The Copperleaf Cookbook (eBook)' });
    const signed = (await download.getAttribute('href')) ?? '';
    const redirect = await fetch(signed, { redirect: 'manual' });
    assert.equal(redirect.status, 302);
    const location = new URL(redirect.headers.get('location') ?? '');
    assert.equal(location.origin, new URL(stack.web.url(domain)).origin, 'the file is the storefront’s');
    const file = await request(stack.web.port, location.hostname, location.pathname);
    assert.equal(file.status, 200);
    assert.match(String(file.headers['content-type']), /application\/pdf/);
    assert.match(file.body, /^%PDF-1\.4[\s\S]*The Copperleaf Cookbook/);
    await page.goto(stack.web.url(domain, '/account/downloads'));
    await page.getByRole('link', { name: 'Download The Copperleaf Cookbook (eBook)' }).waitFor();

    // Staff ship the tea; the shipment email's link opens the order's tracking page.
    const { staff, storeId } = await demo.owner(shop);
    // The e-book counts as delivered once the paid order's event is handled (its own consumer).
    const order = `/api/stores/${storeId}/orders/${orderId}`;
    await until(
      async () =>
        (await staff.call<{ fulfillmentStatus: string }>('GET', order)).fulfillmentStatus !== 'UNFULFILLED',
      'the e-book line delivered',
    );
    await staff.call('POST', `${order}/fulfill`, {
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
    });
    const tracking = await demo.emailLink('shipment', email, /^Track your order$/);
    assert.equal(tracking.origin, new URL(stack.web.url(domain)).origin, 'the link opens this storefront');
    await page.goto(tracking.href);
    assert.equal(await page.getByTestId('tracking-number').textContent(), '1Z999AA10123456784');
    assert.equal(await page.getByTestId('fulfillment-status').textContent(), 'Shipped');
    await axe(page);
    // The same shipment as a push notification, shown by the storefront's service worker.
    const shipment = await push.received('shipment');
    assert.equal(shipment.body, 'Your order is on its way.');
    const [shown] = await deliverToServiceWorker(page, origin, shipment);
    assert.equal(
      new URL(shown?.url ?? '', origin).pathname,
      tracking.pathname,
      'tapping it opens the tracking page',
    );

    // Subscribe and save: the demo's monthly tea plan, charged to the saved card.
    await page.goto(stack.web.url(domain, tea));
    await page.getByRole('heading', { name: 'Subscribe and save' }).waitFor();
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await page.waitForURL(/\/account\/subscriptions\?saved=subscribed/);
    assert.match(
      (await page.getByTestId('subscription').textContent()) ?? '',
      /Monthly tea every month.*Active/,
    );
    await axe(page);
    await page.context().close();
  });

  test('Northwind: an abandoned cart comes back from its email, a line waits for later; password reset, data download, account deletion', async () => {
    const domain = demo.domainOf(DEMO_TENANTS[1]);
    const email = `camper-${suffix()}@example.test`;
    const page = await open();
    await demo.register(page, domain, { first: 'Sam', email });
    await page.getByLabel('Email me news and offers').check();
    await submit(page, 'Save profile', /saved=profile/);

    await demo.addFromSearch(page, domain, 'stove', /Canister Stove/);
    await page.goto(stack.web.url(domain, '/checkout'));
    await fillFields(page, {
      firstName: 'Sam',
      lastName: 'Demo',
      line1: '1 Trail Road',
      city: 'Portland',
      postalCode: '97201',
      country: 'US',
    });
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/step=payment/);

    // The shopper leaves; a day later the cart job counts the cart abandoned and emails them.
    const cartId = await until(async () => {
      const { rows } = await stack.api.platform.db.withPlatform((tx) =>
        sql<{ id: string }>`update carts set last_activity_at = now() - interval '1 day'
          where email = ${email} returning id`.execute(tx),
      );
      return rows[0]?.id;
    }, 'the cart with the shopper’s email');
    await stack.api.app.modules.cartJobs.markAbandoned();
    const recovery = await demo.emailLink('abandoned_cart', email, /^Return to your cart$/);
    const elsewhere = await open(); // another device, signed out
    await elsewhere.goto(recovery.href);
    await elsewhere.waitForURL(/\/cart\?recovered=1/);
    assert.match((await elsewhere.locator('.cart-lines').textContent()) ?? '', /Canister Stove/);
    await axe(elsewhere);
    await elsewhere.getByRole('button', { name: 'Save for later Canister Stove' }).click();
    await elsewhere.getByRole('heading', { name: 'Saved for later (1)' }).waitFor();
    await elsewhere.getByRole('button', { name: 'Move to cart Canister Stove' }).click();
    await elsewhere.locator('.cart-layout').waitFor();
    assert.ok(cartId);

    // Forgotten password: the email's link sets a new one, which signs in.
    await elsewhere.goto(stack.web.url(domain, '/account/login'));
    await elsewhere.getByRole('link', { name: 'Forgot your password?' }).click();
    await elsewhere.waitForURL(/forgot-password/); // the sign-in page has an Email field too
    await elsewhere.getByLabel('Email').fill(email);
    await elsewhere.getByRole('button', { name: 'Send me a link' }).click();
    await elsewhere.waitForURL(/sent=1/);
    await elsewhere.goto((await demo.emailLink('password_reset', email, /./)).href);
    await elsewhere.getByLabel('New password', { exact: true }).fill('reset-by-email');
    await elsewhere.getByLabel('New password again').fill('reset-by-email');
    await elsewhere.getByRole('button', { name: 'Save my new password' }).click();
    await elsewhere.waitForURL(/\/account\/login\?reset=1/);
    await elsewhere.fill('input[name="email"]', email);
    await elsewhere.fill('input[name="password"]', 'reset-by-email');
    await elsewhere.getByRole('button', { name: 'Sign in', exact: true }).click();
    await elsewhere.waitForURL((u) => u.pathname === '/account');

    // The right of access, then erasure.
    await elsewhere.goto(stack.web.url(domain, '/account/security'));
    await axe(elsewhere);
    const exported = await elsewhere.evaluate(async () => {
      const res = await fetch('/account/export');
      return { status: res.status, body: await res.text() };
    });
    assert.equal(exported.status, 200);
    assert.equal((JSON.parse(exported.body) as { customer: { email: string } }).customer.email, email);
    await elsewhere.getByLabel('Type DELETE to confirm').fill('DELETE');
    await submit(elsewhere, 'Delete my account', /account=deleted/);
    const login = await fetch(`${stack.api.url}/api/storefront/${domain}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'reset-by-email' }),
    });
    assert.equal(login.status, 401, 'a deleted account cannot sign in');
    for (const p of [page, elsewhere]) await p.context().close();
  });

  test('Northwind: the owner tries the classic home against the bold one; an order converts its variant in the report', async () => {
    const shop = DEMO_TENANTS[1]; // its theme's home layout is `bold`
    const domain = demo.domainOf(shop);
    const { staff, storeId } = await demo.owner(shop);
    const experiment = await staff.analytics.experiments.create(storeId, {
      key: 'home-layout',
      name: 'Classic home',
      variants: [
        { key: 'bold', weight: 50 },
        { key: 'classic', weight: 50 },
      ],
      goal: 'order',
    });
    const byVariant = await sessionsPerVariant(browser, stack.web.url(domain), 'bold');
    assert.deepEqual([...byVariant.keys()].sort(), ['bold', 'classic']);
    const classic = byVariant.get('classic') as Page;
    await axe(classic);

    await demo.addFromSearch(classic, domain, 'trekking poles', /Trekking Poles Pair/);
    await classic.goto(stack.web.url(domain, '/checkout'));
    await classic.fill('input[name="email"]', `ab-${suffix()}@example.test`);
    await fillFields(classic, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
    });
    await classic.getByRole('button', { name: 'Continue to payment' }).click();
    await classic.waitForURL(/step=payment/);
    await enterCard(classic, '4242 4242 4242 4242');
    await classic.getByRole('button', { name: /^Pay / }).click();
    await classic.waitForURL(/\/order\//);

    const report = await staff.analytics.experiments.report(storeId, experiment.id);
    const variant = (key: string) => report.variants.find((v) => v.key === key);
    assert.equal(report.control, 'bold');
    assert.equal(variant('classic')?.conversions, 1, 'the classic session’s order converts it');
    assert.equal(variant('bold')?.conversions, 0);
    assert.ok(variant('classic')?.vsControl, 'the variant is compared with the control');
    assert.equal(await heroLayout(byVariant.get('bold') as Page), 'bold');
    for (const p of byVariant.values()) await p.context().close();
  });
});
