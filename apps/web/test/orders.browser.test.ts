// Order tracking, returns, gift cards and checkout extras in a real browser against the real API:
// gift card + card split, the tracking page before and after fulfilment, a return request, the
// not-found answer, the balance page (with and without script), saved cards, a mobile checkout.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Order, VentoryClient } from '@ventory/sdk';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { request, type Stack, suffix } from './harness.ts';
import { axe, enterCard, openShops, type Shop, type Shops, signedInShopper } from './shops.ts';

let world: Shops;
let stack: Stack;
let browser: Browser;
let shops: [Shop, Shop];

before(async () => {
  world = await openShops();
  ({ stack, browser, shops } = world);
});

after(async () => {
  await world?.close();
});

const open = async (options: BrowserContextOptions = {}): Promise<Page> =>
  (await browser.newContext(options)).newPage();

type GiftCard = { id: string; code: string; balance: string };
const giftCard = (shop: Shop, balance: string) =>
  stack.admin.call<GiftCard>('POST', `/api/stores/${shop.id}/gift-cards`, {
    code: `GIFT-${suffix()}-${suffix()}`.toUpperCase(),
    initialBalance: balance,
    expiresAt: '2099-12-31T00:00:00.000Z',
  });

const cents = (s: string) => Math.round(Number.parseFloat(s) * 100);
/** "$1,234.50" on the page → 123450. */
const shownCents = (s: string | null) =>
  Math.round(Number.parseFloat((s ?? '').replace(/[^0-9.]/g, '')) * 100);

/** Product page → cart → checkout's shipping step; fills whatever the form does not already hold. */
async function toCheckout(page: Page, shop: Shop, email?: string) {
  await page.goto(stack.web.url(shop.domain, `/p/${shop.catalog.listings[0]?.slug}`));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(/\/cart/);
  await page.goto(stack.web.url(shop.domain, '/checkout'));
  if (!email) return;
  await page.fill('input[name="email"]', email);
  const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield' };
  for (const [name, value] of Object.entries({ ...address, postalCode: '12345', country: 'US' }))
    await page.fill(`input[name="${name}"]`, value);
}

async function toPayment(page: Page) {
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/step=payment/);
}

async function applyGiftCard(page: Page, code: string) {
  await page.fill('input[name="giftCardCode"]', code);
  await page.locator('.gift-box').getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/gift=applied/);
}

const orderOf = (shop: Shop, id: string) =>
  stack.admin.call<Order>('GET', `/api/stores/${shop.id}/orders/${id}`);

/** What the first journey leaves for the tracking tests. */
const placed = { orderId: '', orderNumber: '', email: '', trackUrl: '' };

describe('gift card + card at checkout, then tracking', () => {
  test('guest checkout paid partly by gift card, partly by tok_visa → confirmation → tracking page', async () => {
    const shop = shops[0];
    const card = await giftCard(shop, '12.00');
    const email = `track-${suffix()}@example.test`;
    const page = await open();
    await toCheckout(page, shop, email);
    await toPayment(page);
    await applyGiftCard(page, card.code);
    assert.match((await page.getByTestId('gift-card-covers').textContent()) ?? '', /covers \$12\.00/);
    // The balance changes behind the shopper's back: paying asks them to review, never a surprise.
    await stack.admin.call('PUT', `/api/stores/${shop.id}/gift-cards/${card.id}`, { balance: '10.00' });
    await enterCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: /^Pay .* by card$/ }).click();
    await page.waitForURL(/error=/);
    assert.match((await page.locator('p.error[role="alert"]').textContent()) ?? '', /amounts changed/);
    const total = shownCents(await page.getByTestId('cart-total').textContent());
    const covers = (await page.getByTestId('gift-card-covers').textContent()) ?? '';
    assert.match(covers, /covers \$10\.00/);
    assert.match(covers, new RegExp(`remaining \\$${((total - 1000) / 100).toFixed(2)}`));
    assert.match((await page.getByTestId('gift-card-applied').textContent()) ?? '', /balance \$10\.00/);
    await axe(page);
    await enterCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: /^Pay .* by card$/ }).click();
    await page.waitForURL(/\/order\//);
    const orderNumber = (await page.getByTestId('order-number').textContent()) ?? '';
    assert.match(
      (await page.getByTestId('paid-with').textContent()) ?? '',
      new RegExp(`Gift card •••• ${card.code.slice(-4)} \\(\\$10\\.00\\) \\+ Visa ending 4242`),
    );
    await axe(page);

    // The API: the card's balance dropped by what it covered; the payments add up to the total.
    const after = await stack.admin.call<GiftCard>('GET', `/api/stores/${shop.id}/gift-cards/${card.id}`);
    assert.equal(after.balance, '0.00');
    const orderId = page.url().split('/order/')[1] ?? '';
    const order = await orderOf(shop, orderId);
    assert.equal(order.orderNumber, orderNumber);
    assert.equal(cents(order.totalAmount), total);
    assert.deepEqual(order.payments.map((p) => [p.provider, p.amount, p.status === 'FAILED']).sort(), [
      ['gift_card', '10.00', false],
      ['test', ((total - 1000) / 100).toFixed(2), false],
    ]);
    assert.equal(order.paymentStatus, 'PAID');

    await page.getByTestId('track-link').click();
    await page.waitForURL(/\/track\//);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Order ${orderNumber}`);
    assert.equal(await page.getByTestId('payment-status').textContent(), 'Paid');
    assert.equal(await page.getByTestId('fulfillment-status').textContent(), 'Not shipped yet');
    assert.match(
      (await page.locator('.track-lines').textContent()) ?? '',
      new RegExp(shop.catalog.listings[0]?.title ?? 'x'),
    );
    await axe(page);
    Object.assign(placed, { orderId, orderNumber, email, trackUrl: page.url() });
    await page.context().close();
  });

  test('fulfilled through the admin API: package, carrier and tracking number show; a return is requested', async () => {
    const shop = shops[0];
    assert.ok(placed.orderId, 'the checkout test placed an order');
    await stack.admin.call('POST', `/api/stores/${shop.id}/orders/${placed.orderId}/fulfill`, {
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
    });
    const page = await open();
    await page.goto(placed.trackUrl);
    const shipment = page.getByTestId('shipment');
    assert.match((await shipment.textContent()) ?? '', /Package \d+: Shipped.*UPS tracking number/s);
    assert.equal(await page.getByTestId('tracking-number').textContent(), '1Z999AA10123456784');
    assert.equal(await page.getByTestId('fulfillment-status').textContent(), 'Shipped');
    assert.match((await page.getByTestId('timeline').textContent()) ?? '', /Order placed.*shipped \(UPS/s);
    await axe(page);

    const title = shop.catalog.listings[0]?.title ?? '';
    await page.getByRole('combobox', { name: new RegExp(title) }).selectOption('1');
    await page.getByRole('combobox', { name: 'Reason' }).selectOption('Arrived damaged');
    await page.fill('textarea[name="details"]', 'The lid is dented');
    await page.getByRole('button', { name: 'Request return' }).click();
    await page.waitForURL(/return=/);
    assert.match((await page.getByRole('status').textContent()) ?? '', /Return .*-R1 requested/);
    assert.match((await page.getByTestId('returns').textContent()) ?? '', /Requested/);
    await page.getByText('already returned or in a return request').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Request return' }).count(), 0);
    await axe(page);

    const returns = await stack.admin.call<{
      data: Array<{ status: string; reason: string; items: Array<{ quantity: number }> }>;
    }>('GET', `/api/stores/${shop.id}/returns?orderId=${placed.orderId}`);
    assert.equal(returns.data.length, 1);
    assert.equal(returns.data[0]?.status, 'REQUESTED');
    assert.equal(returns.data[0]?.reason, 'Arrived damaged: The lid is dented');
    assert.deepEqual(
      returns.data[0]?.items.map((i) => i.quantity),
      [1],
    );
    await page.context().close();
  });

  test('a wrong email or number gets the same "not found", never an error page; tracking is never cached', async () => {
    const shop = shops[0];
    assert.ok(placed.orderNumber);
    const page = await open();
    for (const path of [
      `/track/${placed.orderNumber}?email=eve@example.test`,
      `/track/99999999?email=${encodeURIComponent(placed.email)}`,
      `/track/${placed.orderNumber}`,
    ]) {
      const res = await page.goto(stack.web.url(shop.domain, path));
      assert.equal(res?.status(), 200, path);
      assert.match(
        (await page.getByTestId('track-not-found').textContent()) ?? '',
        /could not find an order/,
      );
      assert.equal(await page.getByTestId('order-status').count(), 0);
    }
    await axe(page);
    // the form on /track goes to the order's page
    await page.goto(stack.web.url(shop.domain, '/track'));
    await axe(page);
    await page.fill('input[name="orderNumber"]', `#${placed.orderNumber}`);
    await page.fill('input[name="email"]', placed.email.toUpperCase());
    await page.getByRole('button', { name: 'Track order' }).click();
    await page.waitForURL(/\/track\/\d+\?email=/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Order ${placed.orderNumber}`);

    const res = await request(
      stack.web.port,
      shop.domain,
      new URL(placed.trackUrl).pathname + new URL(placed.trackUrl).search,
    );
    assert.match(String(res.headers['cache-control']), /no-store/);
    assert.match(res.body, /<meta name="robots" content="noindex, nofollow"/);
    await page.context().close();
  });
});

describe('3-D Secure', () => {
  test('a challenged card waits on the confirmation page: confirming pays, refusing cancels and frees the stock', async () => {
    const shop = shops[1];
    const product = shop.catalog.listings[1]?.productId ?? '';
    const available = async () =>
      (await stack.admin.call<{ stock: { available: number } }>('GET', `/api/inventory/products/${product}`))
        .stock.available;
    const before = await available();
    for (const [paidBefore, answer] of [
      [0, 'Confirm payment'],
      [1, 'Refuse payment'],
    ] as const) {
      const page = await open();
      await page.goto(stack.web.url(shop.domain, `/p/${shop.catalog.listings[1]?.slug}`));
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await page.waitForURL(/\/cart/);
      await page.goto(stack.web.url(shop.domain, '/checkout'));
      await page.fill('input[name="email"]', `3ds-${suffix()}@example.test`);
      const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield' };
      for (const [name, value] of Object.entries({ ...address, postalCode: '12345', country: 'US' }))
        await page.fill(`input[name="${name}"]`, value);
      await toPayment(page);
      await enterCard(page, '4000 0027 6000 3184');
      await page.getByRole('button', { name: /^Pay \$/ }).click();
      await page.waitForURL(/\/order\//);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Confirm your payment');
      await axe(page);
      const orderId = page.url().split('/order/')[1]?.split('?')[0] ?? '';
      assert.equal((await orderOf(shop, orderId)).paymentStatus, 'PENDING');
      const held = before - paidBefore - 1;
      assert.equal(await available(), held, 'the order holds its unit while the bank decides');
      await page.getByRole('button', { name: answer }).click();
      await page.waitForURL(/\/order\//);
      await page.getByTestId('payment-challenge').waitFor({ state: 'detached' });
      const order = await orderOf(shop, orderId);
      if (answer === 'Confirm payment') {
        assert.equal(order.paymentStatus, 'PAID');
        assert.equal(
          await page.getByRole('heading', { level: 1 }).textContent(),
          'Thank you for your order!',
        );
        assert.equal(await available(), before - 1);
      } else {
        assert.deepEqual([order.status, order.paymentStatus], ['CANCELED', 'FAILED']);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Your order was canceled');
        assert.equal(await available(), before - 1, 'only the paid order keeps a unit');
      }
      await page.context().close();
    }
  });
});

describe('gift cards', () => {
  test('balance page: code in, balance and expiry out, with and without script; footer links', async () => {
    const shop = shops[1];
    const card = await giftCard(shop, '25.00');
    for (const javaScriptEnabled of [true, false]) {
      const page = await open({ javaScriptEnabled });
      await page.goto(stack.web.url(shop.domain, '/'));
      await page.getByRole('contentinfo').getByRole('link', { name: 'Gift cards' }).click();
      await page.waitForURL(/\/gift-cards$/);
      assert.equal(
        await page.getByRole('contentinfo').getByRole('link', { name: 'Track your order' }).count(),
        1,
      );
      if (javaScriptEnabled) await axe(page);
      await page.fill('input[name="code"]', card.code.toLowerCase());
      await page.getByRole('button', { name: 'Check balance' }).click();
      const result = page.getByTestId('gift-card-result');
      await result.waitFor();
      const shown = (await result.textContent()) ?? '';
      assert.match(shown, /\$25\.00 \(USD\)/, `with script: ${javaScriptEnabled}`);
      assert.match(shown, /Valid until Dec 31, 2099/);
      assert.ok(!shown.includes(card.code), 'only the last four characters are shown');
      if (javaScriptEnabled) await axe(page);
      await page.fill('input[name="code"]', 'NOPE-NOPE-NOPE');
      await page.getByRole('button', { name: 'Check balance' }).click();
      await page.getByText('We do not recognise that code').waitFor();
      await page.context().close();
    }
  });

  test('on a phone (390×844), without script: a gift card covering everything needs no card; nothing scrolls sideways', async () => {
    const shop = shops[1];
    const card = await giftCard(shop, '500.00');
    const page = await open({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      javaScriptEnabled: false,
    });
    const noSideScroll = async (where: string) =>
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `no horizontal scroll on ${where}`,
      );
    await toCheckout(page, shop, `phone-${suffix()}@example.test`);
    await noSideScroll('the shipping step');
    await toPayment(page);
    await noSideScroll('the payment step');
    await applyGiftCard(page, card.code);
    await noSideScroll('the payment step with a gift card');
    assert.match(
      (await page.getByTestId('gift-card-covers').textContent()) ?? '',
      /the whole order\. No card needed/,
    );
    assert.equal(await page.locator('input[name^="token"], iframe.card-frame').count(), 0, 'no card field');
    // (axe needs script: the payment step with a gift card is axe-checked in the first test)

    const total = shownCents(await page.getByTestId('cart-total').textContent());
    await page.getByRole('button', { name: /^Pay .* with gift card$/ }).click();
    await page.waitForURL(/\/order\//);
    await noSideScroll('the confirmation');
    const order = await orderOf(shop, page.url().split('/order/')[1] ?? '');
    assert.deepEqual(
      order.payments.map((p) => [p.provider, cents(p.amount)]),
      [['gift_card', total]],
    );
    const after = await stack.admin.call<GiftCard>('GET', `/api/stores/${shop.id}/gift-cards/${card.id}`);
    assert.equal(cents(after.balance), 50000 - total);
    await page.getByTestId('track-link').click();
    await page.waitForURL(/\/track\//);
    await noSideScroll('the tracking page');
    await page.context().close();
  });
});

describe('signed-in shopper', () => {
  test('checkout is prefilled from the account, and the saved card is offered and charged', async () => {
    const shop = shops[0];
    const email = `saved-${suffix()}@example.test`;
    const { saved, page } = await signedInShopper(
      stack,
      browser,
      shop,
      { first: 'Grace', last: 'Hopper', email },
      { address: { line1: '7 Harbor Way', city: 'Arlington', postalCode: '22201' }, card: true },
    );
    await toCheckout(page, shop);
    assert.equal(await page.inputValue('input[name="email"]'), email);
    assert.equal(await page.inputValue('input[name="line1"]'), '7 Harbor Way');
    assert.equal(await page.inputValue('input[name="postalCode"]'), '22201');
    await axe(page);
    await toPayment(page);
    const choice = page.getByRole('radio', { name: /Visa ending 4242, expires 12\/34/ });
    assert.ok(await choice.isChecked(), 'the saved card is the default choice');
    assert.equal(await page.getByRole('radio', { name: 'A new card' }).count(), 1);
    await axe(page);
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/order\//);
    const order = await orderOf(shop, page.url().split('/order/')[1] ?? '');
    assert.equal(order.paymentStatus, 'PAID');
    assert.equal(order.customerEmail, email);
    assert.equal(order.shippingAddress?.line1, '7 Harbor Way');
    assert.deepEqual(
      order.payments.map((p) => [p.provider, p.card?.last4]),
      [['test', '4242']],
    );
    assert.ok(saved.id);
    await page.context().close();
  });
});

describe('Stripe Payment Element', () => {
  test('a Stripe method loads Stripe.js only where the shopper pays; when Stripe cannot be reached the shopper is told and another method still pays', async () => {
    const shop = shops[1];
    await stack.admin.call('POST', `/api/stores/${shop.id}/payment-methods`, {
      name: 'Stripe',
      provider: 'stripe',
      isActive: true,
      settings: { secretKey: 'sk_test_unused', publishableKey: 'pk_test_ventory' },
    });
    const methods = (await (
      await fetch(`${stack.api.url}/api/storefront/${shop.domain}/payment-methods`)
    ).json()) as { data: Array<{ provider: string; publishableKey?: string }> };
    assert.equal(methods.data.find((m) => m.provider === 'stripe')?.publishableKey, 'pk_test_ventory');

    const page = await open();
    // Stripe is out of reach (as offline, or blocked): every request to it fails.
    const stripeRequests: string[] = [];
    await page.context().route(/^https:\/\/([a-z.]+\.)?stripe\.com\//, (route) => {
      stripeRequests.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await toCheckout(page, shop, `stripe-${suffix()}@example.test`);
    assert.deepEqual(stripeRequests, [], 'no Stripe.js outside the payment step');
    const product = await request(stack.web.port, shop.domain, `/p/${shop.catalog.listings[0]?.slug}`);
    assert.doesNotMatch(String(product.headers['content-security-policy']), /stripe/);
    const checkout = await request(stack.web.port, shop.domain, '/checkout');
    const csp = String(checkout.headers['content-security-policy']);
    assert.match(csp, /frame-src [^;]*https:\/\/js\.stripe\.com [^;]*https:\/\/hooks\.stripe\.com/);
    assert.match(csp, /connect-src 'self' https:\/\/api\.stripe\.com/);

    await toPayment(page);
    await page.getByRole('radio', { name: 'Stripe' }).check();
    await page.getByTestId('stripe-unavailable').waitFor();
    assert.match(stripeRequests[0] ?? '', /^https:\/\/js\.stripe\.com\//, 'Stripe.js is fetched from Stripe');
    await axe(page);

    await page.getByRole('radio', { name: 'Card', exact: true }).check();
    await enterCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/order\//);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Thank you for your order!');
    await page.context().close();
  });
});
