// A store created through the API with a product but no shipping or payment method: the shopper's
// cart says the shop cannot take orders yet (no checkout button, checkout sends back to the cart),
// never an API validation message; once the merchant adds both, checkout opens. Also search on a
// fresh store: typos, and the zero-result page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, type Stack, startStack, suffix } from './harness.ts';
import { axe } from './shops.ts';

let stack: Stack;
let browser: Browser;
let storeId = '';
let domain = '';
let slug = '';

before(async () => {
  stack = await startStack();
  const session = await stack.admin.auth.signup({
    tenantName: 'Half Set Up',
    email: `setup-${suffix()}@example.test`,
    password: 'long-enough-password',
  });
  stack.admin = stack.admin.as(session.accessToken);
  domain = `fresh-${suffix()}.localhost`;
  const store = await stack.admin.stores.create({ name: 'Fresh Shop', domain, primaryColor: '#2f5d50' });
  storeId = store.id;
  const product = await stack.admin.call<{ id: string }>('POST', '/api/inventory/products', {
    sku: `FRESH-${suffix()}`,
    name: 'Stoneware Mug',
    price: '18.00',
    initialStock: 10,
  });
  const listing = await stack.admin.call<{ slug: string }>('POST', `/api/stores/${storeId}/products`, {
    productId: product.id,
  });
  slug = listing.slug;
  await stack.admin.call('POST', `/api/stores/${storeId}/categories`, { name: 'Mugs & Cups' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

test('no shipping or payment method: the cart says the shop cannot take orders yet', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(stack.web.url(domain, `/p/${slug}`));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(/\/cart/);
  await page.getByRole('heading', { name: 'This shop cannot take orders yet' }).waitFor();
  const body = (await page.textContent('main')) ?? '';
  assert.match(body, /still setting up delivery and payment/);
  assert.doesNotMatch(body, /must be a UUID|shippingMethodId/);
  assert.equal(await page.getByRole('link', { name: 'Checkout' }).count(), 0);
  await axe(page);

  // Typing the checkout address in by hand lands back on the cart with the same message.
  await page.goto(stack.web.url(domain, '/checkout'));
  await page.waitForURL(/\/cart/);
  await page.getByRole('heading', { name: 'This shop cannot take orders yet' }).waitFor();

  // With a payment method but still no shipping method, only delivery is missing.
  await stack.admin.call('POST', `/api/stores/${storeId}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  await page.reload();
  assert.match((await page.textContent('main')) ?? '', /still setting up delivery\./);

  // Both set up: the checkout opens and offers the method.
  await stack.admin.call('POST', `/api/stores/${storeId}/shipping-methods`, {
    name: 'Standard',
    price: '4.00',
  });
  await page.reload();
  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.waitForURL(/\/checkout/);
  await page.getByText('Standard').waitFor();
  assert.equal(await page.getByText('This shop cannot take orders yet').count(), 0);
  await axe(page);
});

test('search: a typo finds the product; nothing found keeps the query and offers categories', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(stack.web.url(domain, '/search?q=stonewre'));
  await page.getByRole('heading', { name: 'Stoneware Mug' }).waitFor();
  await page.goto(stack.web.url(domain, '/search?q=trampoline'));
  await page.getByRole('heading', { name: 'Nothing matched your search' }).waitFor();
  assert.equal(await page.getByLabel('Search again').inputValue(), 'trampoline');
  await page
    .getByRole('navigation', { name: 'Browse categories' })
    .getByRole('link', { name: 'Mugs & Cups' })
    .waitFor();
  await page.getByText('Popular right now').waitFor();
  await axe(page);
});
