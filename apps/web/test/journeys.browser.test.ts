// Shopper journeys beyond checkout in a real browser against the real API: an abandoned cart's
// recovery link, save for later, digital downloads (and their revocation by a refund), subscribe
// and save.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { type Stack, suffix } from './harness.ts';
import {
  axe,
  enterCard,
  heroLayout,
  openShops,
  type Shop,
  type Shops,
  sessionsPerVariant,
  signedInShopper,
} from './shops.ts';

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

const open = async (): Promise<Page> => (await browser.newContext()).newPage();

describe('cart recovery and save for later', () => {
  test("an abandoned cart's email link restores it; lines move to saved for later and back", async () => {
    const shop = shops[0];
    const listing = shop.catalog.listings[2];
    const shopper = new VentoryClient({ baseUrl: stack.api.url });
    const cart = await shopper.call<{ id: string }>('POST', `/api/storefront/${shop.domain}/cart`, {
      items: [{ listingId: listing?.id, quantity: 2 }],
      email: `comeback-${suffix()}@example.test`,
    });
    const db = stack.api.platform.db;
    await db.withPlatform((tx) =>
      sql`update carts set last_activity_at = now() - interval '1 day' where id = ${cart.id}`.execute(tx),
    );
    await stack.api.app.modules.cartJobs.markAbandoned();
    const { rows } = await db.withPlatform((tx) =>
      sql<{ token: string }>`select payload->>'recoveryToken' as token from outbox_events
        where topic = 'cart.abandoned' and payload->>'cartId' = ${cart.id}`.execute(tx),
    );
    const link = `/cart/recover?token=${encodeURIComponent(rows[0]?.token ?? '')}`;

    const page = await open();
    await page.goto(stack.web.url(shop.domain, link));
    await page.waitForURL(/\/cart\?recovered=1/);
    await page.getByText('Welcome back: your cart is as you left it.').waitFor();
    const lines = page.locator('.cart-layout .cart-lines');
    assert.match((await lines.textContent()) ?? '', new RegExp(listing?.title ?? 'x'));
    await axe(page);

    await page.getByRole('button', { name: `Save for later ${listing?.title}` }).click();
    await page.getByRole('heading', { name: 'Saved for later (1)' }).waitFor();
    await page.getByText('Your cart is empty.').waitFor();
    await axe(page);
    await page.getByRole('button', { name: `Move to cart ${listing?.title}` }).click();
    await page.locator('.cart-layout').waitFor();
    assert.equal(await page.getByRole('heading', { name: /Saved for later/ }).count(), 0);

    // An unknown (or checked-out) cart's link says so instead of failing.
    const again = await open();
    await again.goto(stack.web.url(shop.domain, `/cart/recover?token=${'x'.repeat(48)}`));
    await again.waitForURL(/\/cart\?error=/);
    assert.match((await again.locator('p.error').textContent()) ?? '', /expired or was already used/);
  });
});

describe('digital products', () => {
  test('a paid digital product is downloadable from the confirmation and the account; a refund revokes it', async () => {
    const shop = shops[0];
    const ebook = await stack.admin.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: `EBOOK-${suffix()}`,
      name: 'Kitchen Notes (e-book)',
      price: '9.00',
      type: 'DIGITAL',
    });
    const listing = await stack.admin.call<{ id: string }>('POST', `/api/stores/${shop.id}/products`, {
      productId: ebook.id,
      attributes: { downloadUrl: 'https://files.example.test/kitchen-notes.pdf' },
    });
    const email = `reader-${suffix()}@example.test`;
    const { me, method, page } = await signedInShopper(stack, browser, shop, {
      first: 'Ada',
      last: 'Reader',
      email,
    });
    const cart = await me.checkout.cart.create(shop.domain, {
      items: [{ listingId: listing.id, quantity: 1 }],
    });
    const order = await me.checkout.placeOrder(shop.domain, {
      cartId: cart.id,
      email,
      payments: [{ paymentMethodId: method?.id, token: 'tok_visa' }],
    });

    await page.goto(stack.web.url(shop.domain, `/order/${order.id}`));
    const onConfirmation = page.getByRole('link', { name: 'Download Kitchen Notes (e-book)' });
    await onConfirmation.waitFor();
    await page.goto(stack.web.url(shop.domain, '/account/downloads'));
    const link = page.getByRole('link', { name: 'Download Kitchen Notes (e-book)' });
    await axe(page);
    const href = (await link.getAttribute('href')) ?? '';
    assert.ok(href.startsWith(`${stack.api.url}/api/storefront/`), href);
    const followed = await fetch(href, { redirect: 'manual' });
    assert.equal(followed.status, 302);
    assert.equal(followed.headers.get('location'), 'https://files.example.test/kitchen-notes.pdf');

    await stack.admin.call('POST', `/api/stores/${shop.id}/orders/${order.id}/refund`, {});
    assert.equal((await fetch(href, { redirect: 'manual' })).status, 410, 'the refund revoked the link');
    await page.reload();
    assert.equal(await page.getByRole('link', { name: /^Download Kitchen/ }).count(), 0);
  });
});

describe('subscribe and save', () => {
  test('a signed-in shopper subscribes from the product page and pauses, resumes and cancels in the account', async () => {
    const shop = shops[0];
    const listing = shop.catalog.listings[0];
    await stack.admin.call('POST', `/api/stores/${shop.id}/subscription-plans`, {
      listingId: listing?.id,
      name: 'Monthly refill',
      interval: 'MONTH',
      price: '1.00',
    });
    const { me, page } = await signedInShopper(
      stack,
      browser,
      shop,
      { first: 'Sam', last: 'Scriber', email: `subscriber-${suffix()}@example.test` },
      { address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345' }, card: true },
    );

    await page.goto(stack.web.url(shop.domain, `/p/${listing?.slug}`));
    await page.getByRole('heading', { name: 'Subscribe and save' }).waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await page.waitForURL(/\/account\/subscriptions\?saved=subscribed/);
    const row = page.getByTestId('subscription');
    assert.match((await row.textContent()) ?? '', /1 × Monthly refill every month.*Active/);
    await axe(page);
    for (const [verb, status] of [
      ['Pause', 'Paused'],
      ['Resume', 'Active'],
      ['Cancel', 'Canceled'],
    ] as const) {
      await row.getByRole('button', { name: new RegExp(`^${verb}`) }).click();
      await page.waitForURL(new RegExp(`saved=${verb.toLowerCase()}`));
      assert.match((await row.textContent()) ?? '', new RegExp(status));
    }
    assert.equal((await me.account.subscriptions(shop.domain)).data[0]?.status, 'CANCELED');
  });
});

describe('A/B experiment on the home layout', () => {
  test('consenting shoppers see the two variants (sticky), an order converts its variant in the report, stopping ends it', async () => {
    const shop = shops[0]; // its theme's home layout is `classic`
    const experiment = await stack.admin.analytics.experiments.create(shop.id, {
      key: 'home-layout',
      name: 'Bold home',
      variants: [
        { key: 'classic', weight: 50 },
        { key: 'bold', weight: 50 },
      ],
      goal: 'order',
    });
    const byVariant = await sessionsPerVariant(browser, stack.web.url(shop.domain), 'classic');
    assert.deepEqual([...byVariant.keys()].sort(), ['bold', 'classic']);
    const bold = byVariant.get('bold') as Page;
    await bold.reload();
    assert.equal(await heroLayout(bold), 'bold', 'the assignment sticks to the session');
    await axe(bold);

    // The bold shopper buys with the hosted card fields; the control shopper only looks.
    await bold.goto(stack.web.url(shop.domain, `/p/${shop.catalog.listings[0]?.slug}`));
    await bold.getByRole('button', { name: 'Add to cart' }).click();
    await bold.waitForURL(/\/cart/);
    await bold.goto(stack.web.url(shop.domain, '/checkout'));
    await bold.fill('input[name="email"]', `ab-${suffix()}@example.test`);
    const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield' };
    for (const [name, value] of Object.entries({ ...address, postalCode: '12345', country: 'US' }))
      await bold.fill(`input[name="${name}"]`, value);
    await bold.getByRole('button', { name: 'Continue to payment' }).click();
    await bold.waitForURL(/step=payment/);
    await enterCard(bold, '4242 4242 4242 4242');
    await bold.getByRole('button', { name: /^Pay / }).click();
    await bold.waitForURL(/\/order\//);

    const report = await stack.admin.analytics.experiments.report(shop.id, experiment.id);
    const variant = (key: string) => report.variants.find((v) => v.key === key);
    assert.equal(report.control, 'classic');
    assert.ok((variant('bold')?.sessions ?? 0) >= 1 && (variant('classic')?.sessions ?? 0) >= 1);
    assert.equal(variant('bold')?.conversions, 1, 'the bold session’s order converts it');
    assert.equal(variant('classic')?.conversions, 0);
    assert.ok(Number(variant('bold')?.revenue) > 0);
    assert.ok(variant('bold')?.vsControl, 'the variant is compared with the control');

    await stack.admin.analytics.experiments.update(shop.id, experiment.id, { status: 'STOPPED' });
    const control = byVariant.get('classic') as Page;
    const again = await open();
    await again.context().addCookies(await bold.context().cookies()); // the bold session, in a new tab
    await again.goto(stack.web.url(shop.domain));
    assert.equal(await heroLayout(again), 'classic', 'a stopped experiment shows everyone the theme');
    for (const page of [bold, control, again]) await page.context().close();
  });
});
