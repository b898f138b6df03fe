// Browsing in a real browser against the real API: collections (home, pages, sitemap, ISR by
// event), option and stock filters with sort and pagination, and reviews (form, moderation,
// rating summary, helpful votes), with and without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import type { Browser, Page } from 'playwright-core';
import { request, type Stack, suffix, until } from './harness.ts';
import { axe, newPage, openShops, type Shop, type Shops } from './shops.ts';

let world: Shops;
let stack: Stack;
let browser: Browser;
let shop: Shop;
let apparel: string; // the category's slug
const slugs = new Map<string, string>(); // title → listing slug
const ids = new Map<string, string>(); // title → listing id

type Variant = { color: string; size: string; stock: number };

/** A product whose variants carry colour and size options, listed in `categoryId`. */
async function product(admin: VentoryClient, categoryId: string, name: string, price: number, vs: Variant[]) {
  const sku = `${name.replace(/\W/g, '')}-${suffix()}`.toUpperCase();
  const created = await admin.call<{ id: string }>('POST', '/api/inventory/products', {
    sku,
    name,
    description: `${name}, made to last.`,
    price: `${price}.00`,
    variants: vs.map((v) => ({
      sku: `${sku}-${v.color}-${v.size}`.toUpperCase(),
      name: `${v.color} / ${v.size}`,
      options: { color: v.color, size: v.size },
      initialStock: v.stock,
    })),
  });
  const listing = await admin.call<{ id: string; slug: string }>('POST', `/api/stores/${shop.id}/products`, {
    productId: created.id,
    categoryIds: [categoryId],
  });
  slugs.set(name, listing.slug);
  ids.set(name, listing.id);
}

/**
 * 14 red tees (more than a page of 12), a red tee that is sold out, a blue hoodie and a green
 * scarf; the last two also form a manual collection.
 */
async function seed(admin: VentoryClient) {
  const cat = await admin.call<{ id: string; slug: string }>('POST', `/api/stores/${shop.id}/categories`, {
    name: 'Apparel',
  });
  apparel = cat.slug;
  for (let i = 0; i < 14; i++)
    await product(admin, cat.id, `Tee ${i}`, 20 + i, [{ color: 'Red', size: i % 2 ? 'M' : 'S', stock: 5 }]);
  await product(admin, cat.id, 'Red Sold Out Tee', 50, [{ color: 'Red', size: 'L', stock: 0 }]);
  await product(admin, cat.id, 'Blue Hoodie', 45, [
    { color: 'Blue', size: 'M', stock: 3 },
    { color: 'Blue', size: 'L', stock: 3 },
  ]);
  await product(admin, cat.id, 'Green Scarf', 15, [{ color: 'Green', size: 'M', stock: 4 }]);
  await admin.call('POST', `/api/stores/${shop.id}/collections`, {
    title: 'Summer Picks',
    description: 'Light layers for warm evenings.',
    kind: 'MANUAL',
    listingIds: [ids.get('Blue Hoodie'), ids.get('Green Scarf')],
    isFeatured: true,
  });
}

before(async () => {
  world = await openShops();
  ({ stack, browser } = world);
  shop = world.shops[0];
  await seed(stack.admin);
});

after(async () => {
  await world?.close();
});

const count = async (page: Page) => (await page.getByTestId('result-count').textContent())?.trim();
const titles = async (page: Page) =>
  page.locator('.results [data-testid="product-card"] h3').allTextContents();

/** Polls a page until `text` shows (the API's event webhook drops the cached data). */
/** Reloads `url` until `text` shows (a cached page catching up with an API event). */
const eventually = (page: Page, url: string, text: string) =>
  until(async () => {
    await page.goto(url);
    return (await page.getByText(text).count()) > 0;
  }, `"${text}" appears on ${url}`);

describe('collections', () => {
  test('a manual collection lists its products; home, the collections page and sitemap link it', async () => {
    const page = await newPage(browser);
    await page.goto(stack.web.url(shop.domain, '/'));
    const section = page.getByRole('region', { name: 'Shop by collection' });
    await axe(page);
    await section.getByRole('link', { name: /Summer Picks/ }).click();
    await page.waitForURL(/\/collections\/summer-picks$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Summer Picks');
    assert.match((await page.locator('.lede').textContent()) ?? '', /Light layers/);
    assert.deepEqual((await titles(page)).sort(), ['Blue Hoodie', 'Green Scarf']);
    assert.equal(await count(page), '2 products');
    await axe(page);
    // Filters work inside a collection too.
    await page.getByRole('checkbox', { name: /^Green/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/option=color%3AGreen/);
    assert.deepEqual(await titles(page), ['Green Scarf']);

    await page.goto(stack.web.url(shop.domain, '/collections'));
    await page.getByRole('link', { name: /Summer Picks/ }).waitFor();
    await axe(page);
    const sitemap = await request(stack.web.port, shop.domain, '/sitemap.xml');
    assert.match(sitemap.body, /\/collections\/summer-picks<\/loc>/);

    // Renamed in the admin API: catalog.collection.changed reaches the cached page (ISR by tag).
    const { data } = await stack.admin.call<{ data: Array<{ id: string; slug: string }> }>(
      'GET',
      `/api/stores/${shop.id}/collections`,
    );
    const summer = data.find((c) => c.slug === 'summer-picks');
    await stack.admin.call('PUT', `/api/stores/${shop.id}/collections/${summer?.id}`, {
      title: 'Summer Favourites',
    });
    await eventually(page, stack.web.url(shop.domain, '/collections/summer-picks'), 'Summer Favourites');
    await page.context().close();
  });
});

describe('filters, sorting and pagination', () => {
  test('an option filter narrows the grid with counts, survives pagination and sort, and is removable', async () => {
    const page = await newPage(browser);
    const url = stack.web.url(shop.domain, `/c/${apparel}`);
    await page.goto(url);
    assert.equal(await count(page), '17 products');
    const colour = page.getByRole('group', { name: 'Color' });
    assert.deepEqual(
      (
        await colour.getByRole('checkbox').evaluateAll((els) => els.map((e) => e.parentElement?.textContent))
      ).map((t) => t?.replace(/\s+/g, ' ').trim()),
      ['Blue (1)', 'Green (1)', 'Red (15)'],
    );
    await page.getByRole('group', { name: 'Size' }).getByRole('checkbox', { name: /^S / }).waitFor();
    await axe(page);

    await colour.getByRole('checkbox', { name: /^Red/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/option=color%3ARed/);
    assert.equal(await count(page), '15 products');
    assert.ok(!(await titles(page)).includes('Blue Hoodie'));
    assert.equal((await titles(page)).length, 12);
    await page.getByRole('link', { name: 'Remove filter Color: Red' }).waitFor();
    await axe(page);
    // The API agrees on what matches.
    const api = await stack.admin.storefront.products(shop.domain, {
      category: apparel,
      option: 'color:Red',
    });
    assert.equal(api.total, 15);

    await page.getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    assert.match(page.url(), /option=color%3ARed/);
    assert.equal((await titles(page)).length, 3);
    assert.equal(await count(page), '15 products');

    await page.getByLabel('Sort by').selectOption('-price');
    await page.getByRole('button', { name: 'Sort', exact: true }).click();
    await page.waitForURL(/sort=-price/);
    assert.match(page.url(), /option=color%3ARed/);
    assert.doesNotMatch(page.url(), /page=/, 'a new sort starts at page 1');
    const sorted = await titles(page);
    assert.deepEqual(sorted.slice(0, 3), ['Red Sold Out Tee', 'Tee 13', 'Tee 12']);
    // The filter form keeps the sort when filters change.
    await page.getByRole('group', { name: 'Size' }).getByRole('checkbox', { name: /^M / }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/size%3AM/);
    assert.match(page.url(), /sort=-price/);
    assert.equal(await count(page), '7 products'); // odd tees are size M
    assert.equal((await titles(page))[0], 'Tee 13');

    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await page.waitForURL((u) => !u.search.includes('option'));
    assert.equal(await count(page), '17 products');
    assert.match(page.url(), /sort=-price/, 'clearing filters keeps the sort');
    assert.equal(
      await colour.getByRole('checkbox', { name: /^Red/ }).isChecked(),
      false,
      'the form follows the URL',
    );
    assert.equal(await page.getByLabel('Sort by').inputValue(), '-price');

    // Search results get the same facets, and the filter form keeps the query.
    await page.goto(stack.web.url(shop.domain, '/search?q=tee'));
    assert.equal(await count(page), '15 products');
    await page.getByRole('group', { name: 'Size' }).getByRole('checkbox', { name: /^L / }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=tee&.*option=size%3AL/);
    assert.deepEqual(await titles(page), ['Red Sold Out Tee']);
    await axe(page);
    await page.context().close();
  });

  test('"in stock only" on a phone: the filter panel is a disclosure, the sold-out tee goes', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(stack.web.url(shop.domain, `/c/${apparel}?option=color:Red`));
    assert.equal(await count(page), '15 products');
    const inStock = page.getByRole('checkbox', { name: 'In stock only' });
    assert.equal(await inStock.isVisible(), false, 'filters start folded away on a phone');
    await page.locator('.filter-panel > summary').click();
    await inStock.check();
    await axe(page);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/instock=1/);
    assert.equal(await count(page), '14 products');
    await page.getByRole('link', { name: 'Remove filter In stock only' }).waitFor();
    await page.getByRole('link', { name: 'Remove filter Color: Red' }).waitFor();
    const api = await stack.admin.storefront.products(shop.domain, {
      category: apparel,
      option: 'color:Red',
      available: 'true',
    });
    assert.equal(api.total, 14);
    assert.ok(!api.data.some((l) => l.slug === slugs.get('Red Sold Out Tee')));
    await page.goto(stack.web.url(shop.domain, `/c/${apparel}?option=color:Red&instock=1&sort=-price`));
    assert.equal((await titles(page))[0], 'Tee 13');
    await context.close();
  });
});

type Pending = { id: string; content: string; status?: string };

async function approve(content: string) {
  const list = await stack.admin.catalog.reviews.list(shop.id, '?status=PENDING');
  const review = (list.data as Pending[]).find((r) => r.content === content);
  assert.ok(review, 'the review waits for moderation in the API');
  await stack.admin.catalog.reviews.approve(shop.id, review.id);
  return review.id;
}

describe('reviews', () => {
  test('a review sent through the form appears after approval, with the rating summary and votes', async () => {
    const slug = slugs.get('Tee 3') as string;
    const url = stack.web.url(shop.domain, `/p/${slug}`);
    const page = await newPage(browser);
    await page.goto(url);
    await page.getByText('No reviews yet. Be the first!').waitFor();
    await page.getByText('Write a review').click();
    await page.fill('textarea[name="content"]', 'Short');
    await page.getByRole('button', { name: 'Submit review' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Please check the highlighted fields.' });
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Rating: Choose a rating from 1 to 5 stars/);
    assert.match((await alert.textContent()) ?? '', /at least 10 characters/);
    assert.equal(await page.locator('textarea[name="content"]').inputValue(), 'Short', 'input kept');
    assert.equal(await page.locator('textarea[name="content"]').getAttribute('aria-invalid'), 'true');
    await axe(page);

    await page.getByRole('radio', { name: '4 stars, very good' }).check();
    await page.fill('input[name="customerName"]', 'Ada');
    await page.fill('input[name="title"]', 'Holds its colour');
    const first = 'Soft cotton, and the red survives the wash.';
    await page.fill('textarea[name="content"]', first);
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('status').filter({ hasText: 'your review will appear after moderation' }).waitFor();
    assert.equal(await page.getByText(first).count(), 0, 'not shown before moderation');
    const reviewId = await approve(first);

    await eventually(page, url, first);
    const summary = page.getByTestId('rating-summary');
    assert.match((await summary.textContent()) ?? '', /4\.0 out of 5\s*Based on 1 review/);
    assert.match((await page.locator('.review').first().textContent()) ?? '', /Holds its colour[\s\S]*Ada/);
    await axe(page);
    await page.getByRole('button', { name: /^Helpful/ }).click();
    await page.getByText('1 person found this helpful').waitFor();
    const stored = await stack.admin.catalog.reviews.list(shop.id, `?listingId=${ids.get('Tee 3')}`);
    assert.equal(stored.data.find((r) => r.id === reviewId)?.helpfulCount, 1, 'the vote is stored');
    await page.context().close();
  });

  test('without JavaScript the review form still validates, sends and thanks the shopper', async () => {
    const slug = slugs.get('Tee 3') as string;
    const url = stack.web.url(shop.domain, `/p/${slug}`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByText('Write a review').click();
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose a rating' }).waitFor();
    await page.getByRole('radio', { name: '5 stars, excellent' }).check();
    const second = 'Fits true to size and feels great all day.';
    await page.fill('textarea[name="content"]', second);
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByText('Thanks, your review will appear after moderation.').waitFor();
    await approve(second);
    await eventually(page, url, second);
    assert.match(
      (await page.getByTestId('rating-summary').textContent()) ?? '',
      /4\.5 out of 5\s*Based on 2 reviews/,
    );
    // The GET filter form needs no script either.
    await page.goto(stack.web.url(shop.domain, `/c/${apparel}`));
    await page.getByRole('checkbox', { name: /^Blue/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/option=color%3ABlue/);
    assert.deepEqual(await titles(page), ['Blue Hoodie']);
    await context.close();
  });
});
