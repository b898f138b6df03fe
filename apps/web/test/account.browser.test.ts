// The shopper's account area in a real browser against the real API: the sign-in gate, profile,
// address book, wish list (guest → account merge), saved cards, loyalty points, orders and returns.
// Every step checks what the shopper sees and, where it matters, the API's state as that shopper.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Order, VentoryClient } from '@ventory/sdk';
import { sql } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { type Stack, suffix, until } from './harness.ts';
import { axe, newPage, openShops, type Shop, type Shops } from './shops.ts';
import { deliverToServiceWorker, startPushService } from './web-push.ts';

let world: Shops;
let stack: Stack;
let shop: Shop;
let page: Page; // the shopper's browser, shared by the steps below (they run in order)
let me: VentoryClient; // the API as that shopper (their session token)
let order: Order; // placed in the orders step, returned in the returns step
const email = `member-${suffix()}@example.test`;
const url = (p: string) => stack.web.url(shop.domain, p);

before(async () => {
  world = await openShops();
  ({ stack } = world);
  shop = world.shops[0];
  // Points on paid orders: 10 per currency unit, redeemable from 1 point.
  await stack.admin.call('PUT', `/api/stores/${shop.id}/loyalty`, {
    isActive: true,
    pointsPerUnit: 10,
    minRedeemPoints: 1,
  });
  page = await newPage(world.browser);
});

after(async () => {
  await world?.close();
});

/** Submits a form and waits for its redirect (always to a URL other than the current one). */
async function submit(name: string, to: RegExp, scope: Page | ReturnType<Page['locator']> = page) {
  const from = page.url();
  await scope.getByRole('button', { name, exact: true }).click();
  await page.waitForURL((u) => to.test(u.href) && u.href !== from);
}

const h1 = () => page.getByRole('heading', { level: 1 }).textContent();

async function sessionToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'vc_session');
  assert.ok(cookie, 'signed in: the session cookie is set');
  return cookie.value;
}

/** Units of a product (two of the third by default), ordered through the API as the shopper, paid with tok_visa. */
async function placeOrder(items = [{ listingId: shop.catalog.listings[2].id, quantity: 2 }]): Promise<Order> {
  const cart = await me.checkout.cart.create(shop.domain, { items });
  const [methods, options] = await Promise.all([
    me.checkout.paymentMethods(shop.domain),
    me.checkout.cart.shippingOptions(shop.domain, cart.id),
  ]);
  return me.checkout.placeOrder(shop.domain, {
    cartId: cart.id,
    email,
    shippingAddress: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      line1: '2 Analytical Road',
      city: 'Boston',
      postalCode: '02110',
      country: 'US',
    },
    shippingMethodId: options.data[0]?.id,
    payments: [{ paymentMethodId: methods.data[0]?.id, token: 'tok_visa' }],
  });
}

describe('account area', () => {
  test('signed out: every account page is gated; a guest saves a product, registers and finds it', async () => {
    for (const p of ['/account', '/account/orders', '/account/loyalty', '/account/returns/new?order=x']) {
      await page.goto(url(p));
      await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
      const href = await page.locator('.account-gate a', { hasText: 'Sign in' }).getAttribute('href');
      assert.equal(
        href,
        p === '/account' ? '/account/login' : `/account/login?next=${encodeURIComponent(p)}`,
      );
      assert.equal(await page.locator('.account-nav').count(), 0, 'no account navigation when signed out');
    }
    await axe(page);

    const item = shop.catalog.listings[0];
    await page.goto(url(`/p/${item.slug}`));
    await page.getByRole('button', { name: 'Save to wish list' }).click();
    await page.getByRole('button', { name: 'Remove from wish list' }).waitFor();
    await page.getByRole('link', { name: 'View wish list' }).click();
    await page.locator('.account-gate').getByRole('link', { name: 'Create account' }).click();
    await page.waitForURL(/\/account\/register\?next=%2Faccount%2Fwishlist$/);
    await axe(page);
    await page.fill('input[name="firstName"]', 'Ada');
    await page.fill('input[name="lastName"]', 'Lovelace');
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', 'a-long-password');
    await submit('Create account', /\/account\/wishlist$/);
    me = stack.admin.as(await sessionToken(page.context()));
    // The guest's saved product moved to the new account.
    assert.deepEqual(await page.getByTestId('wish-item').getByRole('heading').allTextContents(), [
      item.title,
    ]);
    assert.deepEqual(
      (await me.shop.wishlist(shop.domain)).data.map((l) => l.id),
      [item.id],
    );
  });

  test('overview: the profile form saves name, phone and marketing consent', async () => {
    await page.goto(url('/account'));
    assert.equal(await page.getByTestId('account-email').textContent(), email);
    const nav = page.getByRole('navigation', { name: 'Your account' });
    assert.deepEqual(await nav.getByRole('link').allTextContents(), [
      'Overview',
      'Orders',
      'Addresses',
      'Wish list',
      'Payment methods',
      'Loyalty',
      'Returns',
      'Downloads',
      'Subscriptions',
      'Security and privacy',
    ]);
    assert.equal(await nav.getByRole('link', { name: 'Overview' }).getAttribute('aria-current'), 'page');
    await axe(page);
    await page.getByLabel('First name').fill('Augusta');
    await page.getByLabel('Phone').fill('+44 20 7946 0000');
    await page.getByLabel('Email me news and offers').check();
    await submit('Save profile', /saved=profile/);
    assert.match((await page.getByRole('status').textContent()) ?? '', /profile is saved/);
    assert.match((await h1()) ?? '', /Augusta Lovelace/);
    const account = await me.account.get(shop.domain);
    assert.deepEqual(
      [account.firstName, account.lastName, account.phoneNumber, account.marketingConsent],
      ['Augusta', 'Lovelace', '+44 20 7946 0000', true],
    );
  });

  test('addresses: add two, edit one, make the other the default, delete one', async () => {
    await page.goto(url('/account/addresses'));
    await axe(page);
    const addForm = () => page.locator('form', { has: page.getByRole('button', { name: 'Add address' }) });
    const add = async (line1: string, city: string) => {
      const summary = page.locator('summary', { hasText: 'Add an address' });
      if (!(await addForm().isVisible())) await summary.click();
      const f = addForm();
      await f.getByLabel('First name').fill('Ada');
      await f.getByLabel('Last name').fill('Lovelace');
      await f.getByLabel('Address', { exact: true }).fill(line1);
      await f.getByLabel('City').fill(city);
      await f.getByLabel('Postal code').fill('10001');
      await f.getByLabel('Country code (e.g. US)').fill('US');
      await submit('Add address', /saved=added/, f);
    };
    await add('1 Engine Street', 'New York');
    await add('2 Analytical Road', 'Boston');
    const saved = async () => (await me.account.addresses(shop.domain)).data;
    let list = await saved();
    assert.deepEqual(list.map((a) => [a.line1, a.isDefault]).sort(), [
      ['1 Engine Street', true],
      ['2 Analytical Road', false],
    ]);
    const first = list.find((a) => a.line1 === '1 Engine Street');
    const second = list.find((a) => a.line1 === '2 Analytical Road');
    assert.ok(first && second);

    await page.getByRole('link', { name: 'Edit 1 Engine Street, New York' }).click();
    const edit = page.locator('form', { has: page.getByRole('button', { name: 'Save address' }) });
    await edit.getByLabel('City').fill('Brooklyn');
    await edit.getByLabel('Apartment, suite (optional)').fill('Flat 3');
    await axe(page);
    await submit('Save address', /saved=updated/, edit);
    await page.getByText('Flat 3').waitFor();
    await submit('Make default 2 Analytical Road, Boston', /saved=default/);
    list = await saved();
    assert.deepEqual(list.map((a) => [a.line1, a.line2 ?? null, a.city, a.isDefault]).sort(), [
      ['1 Engine Street', 'Flat 3', 'Brooklyn', false],
      ['2 Analytical Road', null, 'Boston', true],
    ]);
    await submit('Delete 1 Engine Street, Brooklyn', /saved=deleted/);
    assert.deepEqual(
      (await page.getByTestId('address').allTextContents()).map((t) => /Default/.test(t)),
      [true],
    );
    assert.deepEqual(
      (await saved()).map((a) => a.id),
      [second.id],
    );
  });

  test('wish list: save from the product page, add to cart from the list, remove', async () => {
    const item = shop.catalog.listings[1];
    await page.goto(url(`/p/${item.slug}`));
    await page.getByRole('button', { name: 'Save to wish list' }).click();
    await page.getByRole('button', { name: 'Remove from wish list' }).waitFor();
    await page.goto(url('/account/wishlist'));
    await axe(page);
    const titles = () => page.getByTestId('wish-item').getByRole('heading').allTextContents();
    assert.deepEqual((await titles()).sort(), [shop.catalog.listings[0].title, item.title].sort());
    await submit(`Add to cart ${item.title}`, /\/cart\?added=1/);
    await page.getByText(item.title).first().waitFor();
    await page.goto(url('/account/wishlist'));
    await submit(`Remove ${item.title} from the wish list`, /\/account\/wishlist\?removed=/);
    assert.deepEqual(await titles(), [shop.catalog.listings[0].title]);
    await submit(
      `Remove ${shop.catalog.listings[0].title} from the wish list`,
      /\/account\/wishlist\?removed=/,
    );
    await page.getByText('Nothing saved yet').waitFor();
    assert.deepEqual((await me.shop.wishlist(shop.domain)).data, []);
  });

  test('payment methods: save a card with a test-gateway token, then delete it', async () => {
    await page.goto(url('/account/payment-methods'));
    await axe(page);
    await page.getByLabel('Card token').fill('tok_visa');
    await submit('Save card', /saved=added/);
    assert.match(
      (await page.getByTestId('saved-card').textContent()) ?? '',
      /Visa ending in 4242.*Expires 12\/34/,
    );
    const cards = await me.checkout.savedPaymentMethods.list(shop.domain);
    assert.deepEqual(
      cards.data.map((c) => [c.brand, c.last4]),
      [['visa', '4242']],
    );
    await axe(page);
    await submit('Delete Visa ending in 4242', /saved=deleted/);
    assert.equal(await page.getByTestId('saved-card').count(), 0);
    assert.deepEqual((await me.checkout.savedPaymentMethods.list(shop.domain)).data, []);
  });

  test('orders link to tracking; paid orders earn loyalty points, redeemed as a gift card', async () => {
    order = await placeOrder();
    await page.goto(url('/account/orders'));
    await axe(page);
    const link = page.getByRole('link', { name: `Track order ${order.orderNumber}` });
    assert.equal(
      await link.getAttribute('href'),
      `/track/${order.orderNumber}?email=${encodeURIComponent(email)}`,
    );
    assert.equal(await page.getByRole('link', { name: /^Return items/ }).count(), 0, 'nothing shipped yet');

    // Points follow the captured payment (an event handler after commit).
    const points = await until(
      async () => (await me.account.loyalty(shop.domain)).balance,
      'the paid order earned points',
    );
    assert.equal(points, Math.floor(Number(order.totalAmount) * 10));
    await page.goto(url('/account/loyalty'));
    assert.equal(await page.getByTestId('points-balance').textContent(), points.toLocaleString('en-US'));
    assert.match(
      (await page.locator('tbody tr').first().textContent()) ?? '',
      new RegExp(`Earned.*${order.orderNumber}`),
    );
    await axe(page);
    await page.getByLabel('Points to redeem').fill('100');
    await submit('Redeem as store credit', /redeemed=1/);
    const code = (await page.getByTestId('gift-card-code').textContent())?.trim() ?? '';
    assert.ok(code.length > 4, 'the gift-card code is shown');
    assert.doesNotMatch(page.url(), new RegExp(code), 'the code stays out of the URL');
    assert.equal((await me.account.loyalty(shop.domain)).balance, points - 100);
    const balance = await me.checkout.giftCardBalance(shop.domain, code);
    assert.equal(Number(balance.balance), 1); // 100 points at 1 minor unit each
    await axe(page);
  });

  test('a shipped order: the shopper asks to return one unit from the account', async () => {
    const item = shop.catalog.listings[2];
    await stack.admin.call('POST', `/api/stores/${shop.id}/orders/${order.id}/fulfill`, {});
    await page.goto(url('/account/returns'));
    await axe(page);
    await page.getByRole('link', { name: `Return items of order ${order.orderNumber}` }).click();
    await page.waitForURL(/\/account\/returns\/new\?order=/);
    await axe(page);
    await page.getByLabel(new RegExp(`^${item.title}`)).fill('1');
    await page.getByLabel('Reason').selectOption('Damaged or faulty');
    await submit('Request return', /\/account\/returns\?requested=/);
    const card = page.getByTestId('return');
    assert.match((await card.textContent()) ?? '', new RegExp(`Return ${order.orderNumber}-R1.*Requested`));
    assert.match((await card.textContent()) ?? '', new RegExp(`1 × ${item.title}`));
    const returns = await me.tracking.myReturns(shop.domain);
    assert.deepEqual(
      returns.data.map((r) => [r.orderNumber, r.status, r.items[0]?.quantity, r.items[0]?.reason]),
      [[order.orderNumber, 'REQUESTED', 1, 'Damaged or faulty']],
    );
    // One unit is still returnable, so the order still offers a return.
    await page.goto(url('/account/orders'));
    await page.getByRole('link', { name: `Return items of order ${order.orderNumber}` }).waitFor();
  });

  test('web push: the shopper turns on order updates; a shipment reaches the service worker as a notification', async () => {
    const push = await startPushService();
    try {
      const origin = new URL(url('/')).origin;
      await push.offerTo(page, origin);
      await page.goto(url('/account'));
      await page.getByRole('button', { name: 'Get order updates on this device' }).click();
      const status = page.locator('.push-opt-in').getByRole('status');
      await status.waitFor();
      assert.equal(await status.textContent(), 'This device will show your order updates.');

      const shipped = await placeOrder([{ listingId: shop.catalog.listings[0].id, quantity: 1 }]);
      await stack.admin.call('POST', `/api/stores/${shop.id}/orders/${shipped.id}/fulfill`, {});
      const shipment = await push.received('shipment');
      assert.equal(shipment.title, `Order ${shipped.orderNumber}`);
      assert.equal(shipment.body, 'Your order is on its way.');
      assert.match(shipment.url, new RegExp(`/track/${shipped.orderNumber}\\?email=`));
      assert.deepEqual(await deliverToServiceWorker(page, origin, shipment), [
        { title: shipment.title, body: shipment.body, url: shipment.url },
      ]);
    } finally {
      push.close();
    }
  });

  test('forms work without JavaScript and the account fits a phone screen', async () => {
    const context = await world.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    });
    await context.addCookies(await page.context().cookies());
    const phone = await context.newPage();
    await phone.goto(url('/account'));
    await phone.getByLabel('Last name').fill('King');
    await phone.getByRole('button', { name: 'Save profile' }).click();
    await phone.waitForURL(/saved=profile/);
    assert.equal((await me.account.get(shop.domain)).lastName, 'King');
    for (const p of ['/account', '/account/orders', '/account/addresses', '/account/loyalty']) {
      await phone.goto(url(p));
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${p} does not scroll sideways on a phone (${overflow}px)`);
    }
    await context.close();
  });

  test("failed logins from one shopper's address do not lock out another shopper", async () => {
    // Two shoppers behind the proxy that sets X-Forwarded-For, as in production.
    const at = async (ip: string) =>
      (await world.browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
    const guesser = await at('198.51.100.7');
    const signIn = async (p: Page, who: string, password: string) => {
      await p.goto(url('/account/login'));
      await p.fill('input[name="email"]', who);
      await p.fill('input[name="password"]', password);
      await p.getByRole('button', { name: 'Sign in', exact: true }).click();
      await p.waitForURL((u) => u.pathname !== '/account/login' || u.search.includes('error='));
    };
    // Guessing one account's password locks that account (limits are per account, under a much
    // higher per-address ceiling), not the other shoppers behind other addresses.
    const target = `target-${suffix()}@example.test`;
    for (let i = 0; i < 11; i++) await signIn(guesser, target, `wrong-password-${i}`);
    assert.match(guesser.url(), /error=Too%20many|error=Too\+many/, 'the guessed account is limited');
    const member = await at('203.0.113.9');
    await signIn(member, email, 'a-long-password');
    assert.equal(new URL(member.url()).pathname, '/account', 'the member signs in from their own address');
    await guesser.context().close();
    await member.context().close();
  });

  test('security: confirm the email, change the password, reset it by email, download the data, delete the account', async () => {
    /** The newest email's link to `page` for this shopper, read from the store's email log. */
    const linkIn = async (template: string, to: string) => {
      const html = await until(async () => {
        const { rows } = await stack.api.platform.db.withPlatform((tx) =>
          sql<{ html: string }>`select html from email_messages where template = ${template}
            and to_email = ${to} order by created_at desc limit 1`.execute(tx),
        );
        return rows[0]?.html;
      }, `the ${template} email`);
      const href = /href="([^"]+)"/.exec(html.replace(/&#38;/g, '&'))?.[1] ?? '';
      const link = new URL(href);
      assert.equal(link.origin, new URL(url('/')).origin, 'the link opens this storefront');
      return `${link.pathname}${link.search}`;
    };

    await page.goto(url('/account/security'));
    await axe(page);
    assert.match((await page.getByTestId('email-status').textContent()) ?? '', /not confirmed/);
    await page.goto(url(await linkIn('email_verification', email)));
    await submit('Confirm my email', /done=1/);
    await page.goto(url('/account/security'));
    assert.match((await page.getByTestId('email-status').textContent()) ?? '', /is confirmed/);

    await page.getByLabel('Current password').fill('a-long-password');
    await page.getByLabel('New password', { exact: true }).fill('a-newer-password');
    await page.getByLabel('New password again').fill('a-newer-password');
    await submit('Change password', /saved=password/);

    // Forgotten: the reset link from the email sets another one.
    const guest = await newPage(world.browser);
    await guest.goto(url('/account/login'));
    await guest.getByRole('link', { name: 'Forgot your password?' }).click();
    await guest.waitForURL(/forgot-password/);
    await guest.getByLabel('Email').fill(email);
    await guest.getByRole('button', { name: 'Send me a link' }).click();
    await guest.waitForURL(/sent=1/);
    await axe(guest);
    await guest.goto(url(await linkIn('password_reset', email)));
    await guest.getByLabel('New password', { exact: true }).fill('reset-by-email');
    await guest.getByLabel('New password again').fill('reset-by-email');
    await guest.getByRole('button', { name: 'Save my new password' }).click();
    await guest.waitForURL(/\/account\/login\?reset=1/);
    await guest.fill('input[name="email"]', email);
    await guest.fill('input[name="password"]', 'reset-by-email');
    await guest.getByRole('button', { name: 'Sign in', exact: true }).click();
    await guest.waitForURL((u) => u.pathname === '/account');
    await guest.context().close();

    // The data download holds the profile and the orders.
    // Eleven orders or more: the orders page pages them, newest first.
    for (let i = 0; i < 10; i++) await placeOrder([{ listingId: shop.catalog.listings[1].id, quantity: 1 }]);
    await page.goto(url('/account/orders'));
    const pager = page.getByRole('navigation', { name: 'Order pages' });
    assert.match((await pager.textContent()) ?? '', /Page 1 of 2/);
    await pager.getByRole('link', { name: 'Older orders' }).click();
    await page.waitForURL(/page=2/);
    assert.ok((await page.getByRole('link', { name: /^Track order/ }).count()) >= 1);
    await axe(page);

    await page.goto(url('/account/security'));
    const exported = await page.evaluate(async () => {
      const res = await fetch('/account/export');
      return {
        status: res.status,
        disposition: res.headers.get('content-disposition'),
        body: await res.text(),
      };
    });
    assert.equal(exported.status, 200);
    assert.match(exported.disposition ?? '', /attachment/);
    const data = JSON.parse(exported.body) as { customer: { email: string }; orders: unknown[] };
    assert.equal(data.customer.email, email);
    assert.ok(data.orders.length > 0);

    await page.goto(url('/account/security'));
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await submit('Delete my account', /account=deleted/);
    const again = await page.request.post(stack.api.url + `/api/storefront/${shop.domain}/auth/login`, {
      data: { email, password: 'reset-by-email' },
    });
    assert.equal(again.status(), 401, 'a deleted account cannot sign in');
  });
});
