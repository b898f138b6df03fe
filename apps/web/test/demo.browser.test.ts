// The demo stores exactly as a plain `npm start` seeds them, with no setup through the API: a guest
// buys on each with the printed coupon and the hosted card fields (declined, then approved), pays
// partly with the printed gift card, and answers a 3-D Secure challenge. What the shopper reads at
// each step is checked, and axe finds nothing serious on the pages visited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_TENANTS, seedDemo } from '../../api/src/seed/demo.ts';
import { DEMO_COUPON, DEMO_GIFT_CARD } from '../../api/src/seed/demo-commerce.ts';
import { CHROMIUM, CHROMIUM_ARGS, type Stack, startStack, suffix } from './harness.ts';
import { axe, enterCard } from './shops.ts';

let stack: Stack;
let browser: Browser;

before(async () => {
  stack = await startStack();
  await seedDemo(stack.api.platform, stack.api.url);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

const domainOf = (handle: string) => `${handle}.${stack.api.config.platformDomain}`;

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
  const quantity = page.getByLabel('Quantity');
  if (await quantity.count()) await quantity.fill('2');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(/\/cart/);
  await page.getByLabel('Coupon code').fill(DEMO_COUPON.code);
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.getByText(DEMO_COUPON.code, { exact: true }).waitFor();
  await axe(page);
  await page.goto(stack.web.url(domain, '/checkout'));
  await page.fill('input[name="email"]', `demo-${suffix()}@example.test`);
  const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '20 W 34th St', city: 'New York' };
  for (const [name, value] of Object.entries({
    ...address,
    region: 'NY',
    postalCode: '10001',
    country: 'US',
  }))
    await page.fill(`input[name="${name}"]`, value);
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/step=payment/);
  await axe(page);
}

describe('the demo stores of a plain npm start', () => {
  for (const demo of DEMO_TENANTS) {
    test(`${demo.store.name}: coupon, a declined card, then an approved one`, async () => {
      const domain = domainOf(demo.store.handle);
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
    const domain = domainOf(DEMO_TENANTS[0].store.handle);
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
