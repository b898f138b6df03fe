// Storefront in a real browser (playwright-core + Debian's Chromium) against the real API:
// tenancy by host, security headers, ISR by event, CMS, the shopping journey, live stock, offline.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import type { CatalogListing } from './catalog-fixture.ts';
import { request, type Stack, suffix, until } from './harness.ts';
import { axe, enterCard, openShops, newPage as pageIn, type Shop, type Shops } from './shops.ts';

let world: Shops;
let stack: Stack;
let browser: Browser;
let shops: [Shop, Shop];
const newPage = (): Promise<Page> => pageIn(browser);

before(async () => {
  world = await openShops();
  ({ stack, browser, shops } = world);
});

after(async () => {
  await world?.close();
});

describe('multi-tenant by host', () => {
  test('each host shows its own store, branding and layout', async () => {
    const page = await newPage();
    const seen: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') seen.push(m.text());
    });
    for (const [i, shop] of shops.entries()) {
      const res = await page.goto(stack.web.url(shop.domain));
      assert.equal(res?.status(), 200);
      assert.equal(await page.title(), shop.name);
      const brand = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
      );
      assert.equal(brand, shop.color);
      const header = await page.locator('header').getAttribute('class');
      assert.match(header ?? '', i === 0 ? /header-classic/ : /header-bold/);
      assert.equal(await page.locator('.logo-text').textContent(), shop.name);
      await page.getByText(shop.catalog.productTitle).first().waitFor();
      await axe(page);
    }
    assert.deepEqual(
      seen.filter((t) => /Content Security Policy/i.test(t)),
      [],
      'no CSP violations',
    );
    await page.context().close();
  });

  test("a store's custom domain serves that store, and its old one stops once it is changed", async () => {
    const shop = shops[1];
    const custom = `shop-${suffix()}.example.test`;
    const title = async (host: string) => {
      const res = await request(stack.web.port, host, '/');
      return [res.status, /<title>([^<]*)<\/title>/.exec(res.body)?.[1]];
    };
    assert.equal((await title(custom))[0], 404);
    await stack.admin.stores.update(shop.id, { customDomain: custom });
    assert.equal((await title(custom))[0], 404, 'a custom domain serves nothing until verified');
    await stack.verifyDomain(stack.admin, shop.id, custom);
    await until(async () => (await title(custom))[0] === 200, 'the verified domain serves the store');
    assert.deepEqual(await title(custom), [200, shop.name]);
    assert.deepEqual(await title(shop.domain), [200, shop.name], 'the platform domain still works');
    const moved = `moved-${suffix()}.example.test`;
    await stack.verifyDomain(stack.admin, shop.id, moved);
    await until(async () => (await title(custom))[0] === 404, 'the old custom domain is let go');
    await until(async () => (await title(moved))[0] === 200, 'the new one serves once verified');
    assert.deepEqual(await title(moved), [200, shop.name]);
  });

  test('an unknown host gets a clean 404 page', async () => {
    const res = await request(stack.web.port, `nobody-${suffix()}.localhost`, '/');
    assert.equal(res.status, 404);
    assert.match(res.body, /No store here/);
  });

  test('pages carry a nonce-based CSP, and per-store robots, sitemap and manifest', async () => {
    const [a, b] = shops;
    const home = await request(stack.web.port, a.domain, '/');
    const csp = String(home.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, 'CSP has a nonce');
    assert.match(csp, /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    for (const m of home.body.matchAll(/<script([^>]*)>/g))
      assert.match(m[1] ?? '', new RegExp(`nonce="${nonce}"`));
    const robots = await request(stack.web.port, a.domain, '/robots.txt');
    assert.match(robots.body, new RegExp(`Sitemap: http://${a.domain}:\\d+/sitemap.xml`));
    // The cart and checkout are crawlable (a crawler only sees their empty state); what holds a
    // shopper's data or changes state is not.
    for (const path of ['/account', '/order/', '/pay/', '/cart/recover'])
      assert.match(robots.body, new RegExp(`^Disallow: ${path}$`, 'm'));
    assert.doesNotMatch(robots.body, /^Disallow: \/(cart|checkout)$/m);
    const sitemap = await request(stack.web.port, b.domain, '/sitemap.xml');
    assert.match(sitemap.body, new RegExp(`<loc>http://${b.domain}:\\d+/</loc>`));
    assert.match(sitemap.body, /\/p\//);
    const manifest = JSON.parse((await request(stack.web.port, b.domain, '/manifest.webmanifest')).body) as {
      name: string;
      theme_color: string;
    };
    assert.deepEqual([manifest.name, manifest.theme_color], [b.name, b.color]);
    const icon = await request(stack.web.port, b.domain, '/icons/192');
    assert.equal(icon.headers['content-type'], 'image/png');
  });

  test('the revalidation webhook needs a valid HMAC signature', async () => {
    const body = JSON.stringify({ tags: [`store:${shops[0]?.id}:products`] });
    const bad = await request(stack.web.port, 'localhost', '/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ventory-signature': 'sha256=00' },
      body,
    });
    assert.equal(bad.status, 401);
    const sig = createHmac('sha256', stack.revalidateSecret).update(body).digest('hex');
    const good = await request(stack.web.port, 'localhost', '/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ventory-signature': `sha256=${sig}` },
      body,
    });
    assert.equal(good.status, 200);
    assert.deepEqual(JSON.parse(good.body), { revalidated: [`store:${shops[0]?.id}:products`] });
  });

  test('a signed store event revalidates the cached pages at once (ISR by tag)', async () => {
    const shop = shops[0];
    const titleOf = async () =>
      /<title>([^<]*)<\/title>/.exec((await request(stack.web.port, shop.domain, '/')).body)?.[1];
    assert.equal(await titleOf(), shop.name);
    await stack.admin.stores.update(shop.id, { name: `${shop.name} Renamed` });
    const body = JSON.stringify({ id: 'evt-1', type: 'store.updated', data: { storeId: shop.id } });
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac('sha256', stack.revalidateSecret).update(`${t}.${body}`).digest('hex');
    const res = await request(stack.web.port, 'localhost', '/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'ventory-signature': `t=${t},v1=${v1}` },
      body,
    });
    assert.equal(res.status, 200);
    assert.equal(await titleOf(), `${shop.name} Renamed`);
    await stack.admin.stores.update(shop.id, { name: shop.name });
  });

  test('a listing edit in the admin API reaches the cached product page through the event webhook', async () => {
    const shop = shops[1];
    const item = shop.catalog.listings[2] as CatalogListing;
    const h1 = async () =>
      /<h1>([^<]*)<\/h1>/.exec((await request(stack.web.port, shop.domain, `/p/${item.slug}`)).body)?.[1];
    assert.equal(await h1(), item.title); // now in the data cache (revalidate 60 s)
    await stack.admin.call('PUT', `/api/stores/${shop.id}/products/${item.id}`, {
      customTitle: 'Camp Stove Pro',
    });
    await until(
      async () => (await h1()) === 'Camp Stove Pro',
      'the API posted catalog.listing.changed and the page re-rendered',
    );
  });

  test('CMS pages and blog posts render the sanitised content, escaped and without script', async () => {
    const shop = shops[0];
    const html =
      '<p>We ship <strong>fast</strong>.</p><script>window.pwned = 1</script><img src=x alt="" onerror="window.pwned = 2">';
    const page = await stack.admin.call<{ slug: string }>('POST', `/api/stores/${shop.id}/pages`, {
      title: 'Shipping <policy>',
      content: html,
      contentFormat: 'HTML',
      isPublished: true,
    });
    const post = await stack.admin.call<{ slug: string }>('POST', `/api/stores/${shop.id}/blog-posts`, {
      title: 'Field notes',
      content: 'Our **first** post.',
      contentFormat: 'MARKDOWN',
      isPublished: true,
    });
    const browserPage = await newPage();
    await browserPage.goto(stack.web.url(shop.domain, `/pages/${page.slug}`));
    assert.equal(await browserPage.getByRole('heading', { level: 1 }).textContent(), 'Shipping <policy>');
    assert.equal(await browserPage.locator('.prose strong').textContent(), 'fast');
    assert.equal(
      await browserPage.evaluate(() => (window as unknown as { pwned?: number }).pwned),
      undefined,
    );
    await axe(browserPage);
    await browserPage.goto(stack.web.url(shop.domain, '/blog'));
    await browserPage.getByRole('link', { name: 'Field notes' }).click();
    await browserPage.waitForURL(new RegExp(`/blog/${post.slug}$`));
    assert.equal(await browserPage.locator('.prose strong').textContent(), 'first');
    await axe(browserPage);
    await browserPage.context().close();
  });

  test('a cookie form without the CSRF token is refused', async () => {
    const page = await newPage();
    const shop = shops[0];
    await page.goto(stack.web.url(shop.domain, '/account/login'));
    await page.locator('#main input[name="csrf"]').evaluate((el) => {
      (el as HTMLInputElement).value = 'forged';
    });
    await page.fill('input[name="email"]', 'someone@example.test');
    await page.fill('input[name="password"]', 'whatever-password');
    await page.click('form.stack button[type="submit"]');
    await page.waitForURL(/error=/);
    assert.match((await page.locator('p.error[role="alert"]').textContent()) ?? '', /form expired/);
    await page.context().close();
  });
});

describe('shopping journey', () => {
  test('browse → search (typo) → product → cart → guest checkout with the card fields → confirmation', async () => {
    const shop = shops[1];
    const page = await newPage();
    // PCI: the card number is typed into the gateway's frame and never travels to the shop or the API.
    const sent: string[] = [];
    page.on('request', (r) => {
      sent.push(`${r.url()} ${r.postData() ?? ''}`);
    });
    await page.goto(stack.web.url(shop.domain, `/c/${shop.catalog.categorySlug}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await axe(page);
    const box = page.locator('header input[name="q"]');
    await box.fill('tent'); // search-as-you-type: suggestions come from the API's suggest endpoint
    await page.locator('.suggest a', { hasText: 'Trail Tent' }).waitFor();
    await box.fill('jackt'); // a typo, found by the API's trigram matching
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=jackt/);
    await page
      .getByRole('link', { name: /Down Jacket/ })
      .first()
      .click();
    await page.waitForURL(/\/p\//);
    await axe(page);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    assert.match((await page.locator('.cart-lines').textContent()) ?? '', /Down Jacket/);
    await axe(page);
    await page.getByRole('link', { name: 'Checkout' }).click();
    await page.fill('input[name="email"]', 'shopper@example.test');
    for (const [name, value] of Object.entries({
      firstName: 'Ada',
      lastName: 'Lovelace',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
    })) {
      await page.fill(`input[name="${name}"]`, value);
    }
    await axe(page);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/step=payment/);
    // This store's theme folds the order summary above a single column (checkoutLayout: focused).
    assert.equal(await page.locator('.checkout-focused details.summary-folded').count(), 1);
    await enterCard(page, '4242 4242 4242 4242');
    assert.doesNotMatch(await page.content(), /4242 ?4242 ?4242/, 'the shop page never holds the number');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/order\//);
    const leaks = sent.filter((line) => /4242[ +%20]*4242[ +%20]*4242/.test(line));
    assert.deepEqual(leaks, [], 'no request carried the card number');
    assert.ok(
      sent.some((line) => line.includes('/api/payments/test/card-fields?')),
      'the frame was loaded',
    );
    const orderNumber = await page.getByTestId('order-number').textContent();
    assert.ok(orderNumber);
    await axe(page);
    const orders = await stack.admin.raw<{ data: Array<{ orderNumber: string }> }>(
      'GET',
      `/api/stores/${shop.id}/orders`,
    );
    assert.ok(
      orders.body.data.some((o) => o.orderNumber === orderNumber),
      'the order exists in the API',
    );
    await page.context().close();
  });

  test('register, then the account page shows the shopper and their orders', async () => {
    const shop = shops[0];
    const page = await newPage();
    await page.goto(stack.web.url(shop.domain, '/account/register'));
    await axe(page);
    const email = `shopper-${suffix()}@example.test`;
    await page.fill('input[name="firstName"]', 'Grace');
    await page.fill('input[name="lastName"]', 'Hopper');
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', 'a-long-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/account$/);
    assert.equal(await page.getByTestId('account-email').textContent(), email);
    assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Grace Hopper/);
    await axe(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.goto(stack.web.url(shop.domain, '/account/login'));
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', 'a-long-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
    assert.equal(await page.getByTestId('account-email').textContent(), email);
    await page.context().close();
  });

  test('availability on the product page follows the stock stream live, and the relay ends with the page', async () => {
    const shop = shops[0];
    const item = shop.catalog.listings[1] as CatalogListing;
    let streams = 0; // stock streams the API is serving right now
    const count = (req: IncomingMessage, res: ServerResponse) => {
      if (!req.url?.includes('/stock/stream')) return;
      streams += 1;
      res.once('close', () => {
        streams -= 1;
      });
    };
    stack.api.server.on('request', count);
    const page = await newPage();
    await page.goto(stack.web.url(shop.domain, `/p/${item.slug}`));
    const availability = page.getByTestId('availability');
    assert.equal(await availability.textContent(), 'In stock');
    await until(() => streams === 1, 'the product page opened one stream to the API');
    await stack.admin.call('POST', `/api/inventory/products/${item.productId}/adjustments`, {
      quantity: -18,
      reason: 'sold at the fair',
    });
    await page.getByText('Only 2 left').waitFor({ timeout: 15_000 });
    await page.context().close();
    await until(() => streams === 0, 'closing the page ended the API stream');
    stack.api.server.off('request', count);
  });

  test("the product page's price, rating and stock badge are packages/ui's (the Expo app's), styled under the nonce CSP", async () => {
    const shop = shops[1];
    const item = shop.catalog.listings[2] as CatalogListing;
    const regular = await stack.admin
      .as(undefined)
      .call<{ price: string }>('GET', `/api/storefront/${shop.domain}/products/${item.slug}`);
    await stack.admin.call('PUT', `/api/stores/${shop.id}/products/${item.id}`, { salePrice: '5.00' });
    const page = await newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    const price = page.getByTestId('product-price');
    // The listing event revalidates the cached page; reload until the sale reaches it.
    await until(async () => {
      await page.goto(stack.web.url(shop.domain, `/p/${item.slug}`));
      return /^Sale price/.test((await price.getAttribute('aria-label')) ?? '');
    }, 'the sale price reached the product page');
    const money = (v: string) => `$${Number(v).toFixed(2)}`;
    assert.equal(await price.getAttribute('aria-label'), `Sale price $5.00, was ${money(regular.price)}`);
    // Drawn by react-native-web from the shared component: atomic classes from its stylesheet,
    // which the server sent in one <style> carrying the page's nonce.
    const sheet = await page.evaluate(() => {
      const el = document.getElementById('react-native-stylesheet') as HTMLStyleElement | null;
      return el ? { nonce: el.nonce, rules: el.sheet?.cssRules.length ?? 0 } : null;
    });
    assert.ok(sheet && sheet.rules > 0 && sheet.nonce, 'the shared components brought a nonced stylesheet');
    assert.match((await price.getAttribute('class')) ?? '', /css-view-|r-/);
    const struck = await page
      .getByText(money(regular.price), { exact: true })
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    assert.equal(struck, 'line-through', 'the compare-at price is struck through (its style applied)');
    assert.equal(await page.getByTestId('availability').textContent(), 'In stock');
    await axe(page);
    assert.deepEqual(csp, [], 'no CSP violations');
    await stack.admin.call('PUT', `/api/stores/${shop.id}/products/${item.id}`, { salePrice: null });
    await page.context().close();
  });

  test("the grid's product card, the cart line and the address form are packages/ui's, and work without script", async () => {
    const shop = shops[1];
    const item = shop.catalog.listings[2] as CatalogListing;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const shared = async (el: ReturnType<Page['locator']>) =>
      assert.match((await el.getAttribute('class')) ?? '', /r-/, 'drawn by react-native-web');
    await page.goto(stack.web.url(shop.domain, `/c/${shop.catalog.categorySlug}`));
    const card = page.getByTestId('product-card').filter({ hasText: item.title });
    await shared(card);
    assert.equal(await card.evaluate((el) => el.tagName), 'A', 'a plain link');
    await card.click();
    await page.waitForURL(new RegExp(`/p/${item.slug}$`));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    const line = page.getByTestId('cart-line');
    await shared(line);
    await page.getByLabel(`Quantity of ${item.title}`).fill('2');
    await page.getByRole('button', { name: 'Update' }).click();
    await until(
      async () => /, 2 ×/.test((await line.getAttribute('aria-label')) ?? ''),
      'the shared line shows 2',
    );
    await page.goto(stack.web.url(shop.domain, '/checkout'));
    const first = page.getByLabel('First name');
    await shared(first);
    assert.equal(await first.getAttribute('name'), 'firstName', 'a named input of the form');
    const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield' };
    const email = `no-script-${suffix()}@example.test`;
    const fillAddress = async (postalCode: string) => {
      for (const [name, value] of Object.entries({ ...address, email, postalCode, country: 'US' }))
        await page.fill(`input[name="${name}"]`, value);
      await page.getByRole('button', { name: 'Continue to payment' }).click();
    };
    // Checked before the API, in the Expo app's words (@ventory/shop-core's validateAddress).
    await fillAddress('1');
    await page.getByText('Enter a valid postal code for US').waitFor();
    await fillAddress('12345');
    await page.waitForURL(/step=payment/);
    await context.close();
  });

  test('a product selling out shows on the cached category grid at once (availability event)', async () => {
    const shop = shops[1];
    const item = shop.catalog.listings[0] as CatalogListing;
    const grid = async () =>
      (await request(stack.web.port, shop.domain, `/c/${shop.catalog.categorySlug}`)).body;
    assert.doesNotMatch(await grid(), /Out of stock/); // rendered and cached while in stock
    await stack.admin.call('POST', `/api/inventory/products/${item.productId}/adjustments`, {
      quantity: -20,
      reason: 'sold out at the fair',
    });
    const body = await until(async () => {
      const html = await grid();
      return /Out of stock/.test(html) ? html : null;
    }, 'the sold-out badge reached the cached grid');
    assert.match(body, new RegExp(item.title));
    await stack.admin.call('POST', `/api/inventory/products/${item.productId}/adjustments`, {
      quantity: 20,
      reason: 'restocked',
    });
    await until(async () => !/Out of stock/.test(await grid()), 'the restock reached the grid too');
  });

  test('a visited product page reloads offline (service worker)', async () => {
    const shop = shops[0];
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = stack.web.url(shop.domain, `/p/${shop.catalog.productSlug}`);
    await page.goto(url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the worker, which caches the page
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), shop.catalog.productTitle);
    await page.goto(stack.web.url(shop.domain, '/search?q=never-visited'));
    assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /offline/i);
    await context.close();
  });
});

describe('behaviour analytics with consent', () => {
  /** The store's events of the session (`in`), or of every other session (`notIn`), read as the owner. */
  const eventsOf = async (storeId: string, session: { in: string } | { notIn: string }) => {
    const owner = new pg.Client({ connectionString: stack.api.database.url });
    await owner.connect();
    try {
      const { rows } =
        'in' in session
          ? await owner.query<{ type: string }>(
              'select type from analytics_events where store_id = $1 and session_id = $2 order by occurred_at',
              [storeId, session.in],
            )
          : await owner.query<{ type: string }>(
              'select type from analytics_events where store_id = $1 and session_id <> $2',
              [storeId, session.notIn],
            );
      return rows.map((r) => r.type);
    } finally {
      await owner.end();
    }
  };

  test('after "Allow", views, searches and cart steps are recorded for the session; after "No thanks", nothing', async () => {
    const shop = shops[0];
    const page = await newPage();
    await page.goto(stack.web.url(shop.domain));
    const banner = page.getByRole('region', { name: 'Privacy choice' });
    await banner.waitFor();
    await axe(page);
    await banner.getByRole('button', { name: 'Allow' }).click();
    await banner.waitFor({ state: 'detached' });
    const sid = (await page.context().cookies()).find((c) => c.name === 'vc_sid')?.value ?? '';
    assert.ok(sid.length > 8, 'a session id is set once the shopper allows it');
    await page.goto(stack.web.url(shop.domain, `/p/${shop.catalog.listings[0]?.slug}`));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    await page.goto(stack.web.url(shop.domain, '/search?q=kettle'));
    const seen = await until(async () => {
      const types = await eventsOf(shop.id, { in: sid });
      return ['page_view', 'product_view', 'add_to_cart', 'search'].every((t) => types.includes(t)) && types;
    }, 'the consenting session’s events');
    assert.ok(seen.filter((t) => t === 'page_view').length >= 2, seen.join(','));
    await page.context().close();

    const before = (await eventsOf(shop.id, { notIn: sid })).length;
    const other = await newPage();
    await other.goto(stack.web.url(shop.domain));
    const otherBanner = other.getByRole('region', { name: 'Privacy choice' });
    await otherBanner.getByRole('button', { name: 'No thanks' }).click();
    await otherBanner.waitFor({ state: 'detached' });
    await other.goto(stack.web.url(shop.domain, `/p/${shop.catalog.listings[1]?.slug}`));
    await other.getByRole('button', { name: 'Add to cart' }).click();
    await other.waitForURL(/\/cart/);
    await other.goto(stack.web.url(shop.domain, '/search?q=pan'));
    await new Promise((r) => setTimeout(r, 2000)); // events are sent after the responses
    assert.equal(
      (await eventsOf(shop.id, { notIn: sid })).length,
      before,
      'nothing is recorded without consent',
    );
    await other.context().close();
  });
});
