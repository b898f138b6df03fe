import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { eventually } from '../../../../test/mailbox.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { createInventoryService } from '../../inventory/index.ts';
import { createCatalog } from '../index.ts';
import { LOGGED_SEARCHES, RANKED_BY_SALES } from '../storefront-cache.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Listing = {
  id: string;
  slug: string;
  title: string;
  rating: number;
  ratingCount: number;
  reason?: string;
};
type Review = {
  id: string;
  status: string;
  content: string;
  helpfulCount: number;
  reportCount: number;
  response: string | null;
};

async function listed(
  client: VentoryClient,
  storeId: string,
  name: string,
  body: Record<string, unknown> = {},
) {
  const p = await client.call<{ id: string }>('POST', '/api/inventory/products', {
    sku: name.toUpperCase().replace(/\W+/g, '-'),
    name,
    price: '10',
    initialStock: 5,
  });
  return client.call<Listing>('POST', `/api/stores/${storeId}/products`, { productId: p.id, ...body });
}

describe('reviews', () => {
  test('submit → pending → approve/reject/respond; rating on the listing; votes once per shopper', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await listed(client, store.id, 'Copper Kettle');
    const shop = anonymous(server);
    const path = `/api/storefront/${store.domain}/products/copper-kettle/reviews`;
    const submitted = await shop.raw<Review>('POST', path, {
      rating: 5,
      title: 'Great',
      content: '<b>Loved</b> it <script>alert(1)</script>',
      customerName: 'Ada',
    });
    assert.equal(submitted.status, 201);
    // Stored and returned as the plain text that was written: never interpreted as HTML.
    assert.equal(submitted.body.content, '<b>Loved</b> it <script>alert(1)</script>');
    await shop.call('POST', path, { rating: 1, content: 'Bad', customerName: 'Bob' });
    await shop.call('POST', path, { rating: 4, content: 'Good', customerName: 'Cy' });
    assert.equal((await shop.raw('POST', path, { rating: 6, content: 'x' })).status, 400);

    const pending = await shop.call<{ total: number }>('GET', path);
    assert.equal(pending.total, 0); // nothing is public before moderation

    const queue = await client.call<{ data: Review[] }>(
      'GET',
      `/api/stores/${store.id}/reviews?status=PENDING`,
    );
    assert.equal(queue.data.length, 3);
    const find = (text: string) => queue.data.find((r) => r.content.includes(text));
    const [first, second, third] = [find('Bad'), find('Good'), find('Loved')];
    assert.ok(first && second && third);
    await client.call('POST', `/api/stores/${store.id}/reviews/${second.id}/approve`); // Good (4)
    await client.call('POST', `/api/stores/${store.id}/reviews/${third.id}/approve`); // Loved (5)
    await client.call('POST', `/api/stores/${store.id}/reviews/${first.id}/reject`); // Bad (1)
    const responded = await client.call<Review>(
      'POST',
      `/api/stores/${store.id}/reviews/${third.id}/respond`,
      {
        response: 'Thank you!',
      },
    );
    assert.equal(responded.response, 'Thank you!');

    const pub = await shop.call<{ data: Review[]; rating: { average: number; count: number } }>('GET', path);
    assert.equal(pub.data.length, 2);
    assert.deepEqual(pub.rating, { average: 4.5, count: 2 });
    assert.equal('customerId' in (pub.data[0] ?? {}), false);
    const listing = await shop.call<Listing>('GET', `/api/storefront/${store.domain}/products/copper-kettle`);
    assert.equal(listing.rating, 4.5);
    assert.equal(listing.ratingCount, 2);

    const helpful = `/api/storefront/${store.domain}/reviews/${third.id}/helpful`;
    const s1 = { headers: { 'x-session-id': 'session-one-123' } };
    await shop.call('POST', helpful, undefined, s1);
    const again = await shop.call<Review>('POST', helpful, undefined, s1);
    assert.equal(again.helpfulCount, 1);
    const other = await shop.call<Review>('POST', helpful, undefined, {
      headers: { 'x-session-id': 'session-two-456' },
    });
    assert.equal(other.helpfulCount, 2);
    const report = await shop.call<Review>(
      'POST',
      `/api/storefront/${store.domain}/reviews/${third.id}/report`,
      undefined,
      s1,
    );
    assert.equal(report.reportCount, 1);
    // The merchant may enter (import) a review, published at once; it counts in the rating.
    const listingId = (
      await client.call<{ data: { id: string }[] }>('GET', `/api/stores/${store.id}/products`)
    ).data[0]?.id;
    const imported = await client.raw<Review>('POST', `/api/stores/${store.id}/reviews`, {
      listingId,
      rating: 3,
      content: 'From our old shop',
      customerName: 'Dee',
      status: 'APPROVED',
    });
    assert.equal(imported.status, 201);
    assert.deepEqual((await shop.call<{ rating: { average: number; count: number } }>('GET', path)).rating, {
      average: 4,
      count: 3,
    });
    const badListing = await client.raw('POST', `/api/stores/${store.id}/reviews`, {
      listingId: crypto.randomUUID(),
      rating: 3,
      customerName: 'X',
    });
    assert.equal(badListing.status, 400);
    // A rejected review cannot be voted on.
    assert.equal(
      (await shop.raw('POST', `/api/storefront/${store.domain}/reviews/${first.id}/helpful`)).status,
      404,
    );
  });
});

describe('collections, recommendations, recently viewed, wish lists', () => {
  test('manual and rule-based collections filter the product list', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const a = await listed(client, store.id, 'Summer Hat', { tags: ['summer'] });
    await listed(client, store.id, 'Winter Coat', { tags: ['winter'], priceOverride: '120' });
    await listed(client, store.id, 'Beach Towel', { tags: ['summer'], priceOverride: '30' });
    const c = `/api/stores/${store.id}/collections`;
    await client.call('POST', c, {
      title: 'Summer',
      kind: 'RULE',
      rules: [{ field: 'tag', op: 'eq', value: 'summer' }],
    });
    await client.call('POST', c, {
      title: 'Cheap summer',
      kind: 'RULE',
      rules: [
        { field: 'tag', op: 'eq', value: 'summer' },
        { field: 'price', op: 'lt', value: '20' },
      ],
    });
    await client.call('POST', c, { title: 'Picks', kind: 'MANUAL', listingIds: [a.id], isFeatured: true });
    const shop = anonymous(server);
    const titles = async (slug: string) =>
      (
        await shop.call<{ data: Listing[] }>(
          'GET',
          `/api/storefront/${store.domain}/products?collection=${slug}&sort=title`,
        )
      ).data.map((l) => l.title);
    assert.deepEqual(await titles('summer'), ['Beach Towel', 'Summer Hat']);
    assert.deepEqual(await titles('cheap-summer'), ['Summer Hat']);
    assert.deepEqual(await titles('picks'), ['Summer Hat']);
    const visible = await shop.call<{ data: { slug: string }[] }>(
      'GET',
      `/api/storefront/${store.domain}/collections`,
    );
    assert.equal(visible.data[0]?.slug, 'picks'); // featured first
    const picks = await shop.call<{ title: string; kind: string }>(
      'GET',
      `/api/storefront/${store.domain}/collections/picks`,
    );
    assert.equal(picks.title, 'Picks');
    assert.equal((await shop.raw('GET', `/api/storefront/${store.domain}/collections/nope`)).status, 404);
  });

  test('rules previewed before saving: the count and sample the saved collection then shows; refusals', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await listed(client, store.id, 'Summer Hat', { tags: ['summer'] });
    await listed(client, store.id, 'Beach Towel', { tags: ['summer'], priceOverride: '30' });
    await listed(client, store.id, 'Sun Cream', { tags: ['summer'], isVisible: false });
    await listed(client, store.id, 'Winter Coat', { tags: ['winter'], priceOverride: '120' });
    const c = `/api/stores/${store.id}/collections`;
    type Preview = { count: number; sample: { title: string }[] };
    const preview = (body: object) => client.call<Preview>('POST', `${c}/preview`, body);
    const summer = [{ field: 'tag', op: 'eq', value: 'summer' }];
    const p1 = await preview({ rules: summer });
    assert.deepEqual(
      [p1.count, p1.sample.map((l) => l.title)],
      [2, ['Beach Towel', 'Summer Hat']],
      'hidden listings do not count',
    );
    const cheap = [...summer, { field: 'price', op: 'lt', value: '20' }];
    assert.equal((await preview({ rules: cheap })).count, 1, 'ALL');
    assert.equal((await preview({ rules: cheap, match: 'ANY' })).count, 2, 'ANY');
    assert.deepEqual(await preview({ rules: [] }), { count: 0, sample: [] });
    await client.call('POST', c, { title: 'Cheap summer', kind: 'RULE', rules: cheap });
    const shown = await anonymous(server).call<{ data: { title: string }[] }>(
      'GET',
      `/api/storefront/${store.domain}/products?collection=cheap-summer`,
    );
    assert.deepEqual(
      shown.data.map((l) => l.title),
      ['Summer Hat'],
      'the saved collection agrees',
    );

    type Problem = { errors?: { path: string }[] };
    const bad = await client.raw<Problem>('POST', `${c}/preview`, {
      rules: [{ field: 'colour', op: 'eq', value: 'red' }],
    });
    assert.equal(bad.status, 400);
    assert.ok(
      bad.body.errors?.some((e) => e.path === 'rules.0.field'),
      JSON.stringify(bad.body),
    );
    const notAmount = await client.raw<Problem>('POST', `${c}/preview`, {
      rules: [{ field: 'price', op: 'lt', value: 'abc' }],
    });
    assert.equal(notAmount.status, 400, 'a price that is not an amount is a 400, not a 500');
    assert.ok(
      notAmount.body.errors?.some((e) => e.path === 'rules.0.value'),
      JSON.stringify(notAmount.body),
    );
    const other = await newMerchantWithStore(server);
    assert.equal((await other.client.raw('POST', `${c}/preview`, { rules: summer })).status, 404);
  });

  test('recommendations prefer the same category; recently viewed and wish lists per session, merged into the customer at sign-in', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const cat = await client.call<{ id: string }>('POST', `/api/stores/${store.id}/categories`, {
      name: 'Pans',
    });
    await listed(client, store.id, 'Iron Pan', { categoryIds: [cat.id] });
    await listed(client, store.id, 'Steel Pan', { categoryIds: [cat.id] });
    const other = await listed(client, store.id, 'Apron');
    const shop = anonymous(server);
    const detail = await shop.call<{ categories: { slug: string }[] }>(
      'GET',
      `/api/storefront/${store.domain}/products/iron-pan`,
    );
    assert.deepEqual(
      detail.categories.map((c) => c.slug),
      ['pans'],
    );
    const recs = await shop.call<{ data: Listing[] }>(
      'GET',
      `/api/storefront/${store.domain}/products/iron-pan/recommendations`,
    );
    assert.equal(recs.data[0]?.title, 'Steel Pan');
    assert.equal(recs.data[0]?.reason, 'SAME_CATEGORY');
    assert.equal(
      recs.data.some((l) => l.slug === 'iron-pan'),
      false,
    );

    const s = { headers: { 'x-session-id': 'anon-session-789' } };
    const sf = `/api/storefront/${store.domain}`;
    await shop.call('POST', `${sf}/recently-viewed`, { slug: 'iron-pan' }, s);
    await shop.call('POST', `${sf}/recently-viewed`, { slug: 'apron' }, s);
    const recent = await shop.call<{ data: Listing[] }>('GET', `${sf}/recently-viewed`, undefined, s);
    assert.deepEqual(
      recent.data.map((l) => l.slug),
      ['apron', 'iron-pan'],
    );
    assert.equal((await shop.raw('GET', `${sf}/wishlist`)).status, 400); // no session, no customer

    await shop.call('POST', `${sf}/wishlist`, { listingId: other.id }, s);
    const saved = await shop.call<{ data: Listing[] }>('GET', `${sf}/wishlist`, undefined, s);
    assert.deepEqual(
      saved.data.map((l) => l.slug),
      ['apron'],
    );
    await shop.call('DELETE', `${sf}/wishlist/${other.id}`, undefined, s);
    assert.equal(
      (await shop.call<{ data: Listing[] }>('GET', `${sf}/wishlist`, undefined, s)).data.length,
      0,
    );

    // Signing in merges the anonymous session's saved items and views into the customer's.
    await shop.call('POST', `${sf}/wishlist`, { listingId: other.id }, s);
    const { tenantId } = await client.call<{ tenantId: string }>('GET', `/api/stores/${store.id}`);
    const token = await server.platform.tokens.signShopper({
      tenantId,
      storeId: store.id,
      customerId: crypto.randomUUID(),
    });
    const customer = shop.as(token);
    const merged = await customer.call<{ data: Listing[] }>('POST', `${sf}/wishlist/merge`, undefined, s);
    assert.deepEqual(
      merged.data.map((l) => l.slug),
      ['apron'],
    );
    const views = await customer.call<{ data: Listing[] }>('GET', `${sf}/recently-viewed`);
    assert.deepEqual(
      views.data.map((l) => l.slug),
      ['apron', 'iron-pan'],
    );
    assert.equal(
      (await shop.call<{ data: Listing[] }>('GET', `${sf}/wishlist`, undefined, s)).data.length,
      0,
    );
  });
});

describe('storefront cache', () => {
  test("a cached page keeps CORS's Vary: Origin, so a shared cache never gives one origin's reply to another", async () => {
    const { client, store } = await newMerchantWithStore(server);
    await listed(client, store.id, 'Vary Kettle');
    const shop = anonymous(server);
    const path = `/api/storefront/${store.domain}/products/vary-kettle`;
    const origin = 'https://shop.example';
    // Until the page is answered from the cache (the setup's events invalidate it for a while).
    const seen = new Set<string | null>();
    for (let i = 0; i < 100 && !seen.has('HIT'); i++) {
      const res = await shop.raw('GET', path, undefined, { headers: { origin } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), origin);
      const vary = (res.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);
      assert.ok(vary.includes('origin') && vary.includes('accept-encoding'), `Vary: ${vary}`);
      seen.add(res.headers.get('x-cache'));
      if (!seen.has('HIT')) await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual([...seen].sort(), ['HIT', 'MISS']);
  });

  test("an entry is the read as parsed: unknown or reordered parameters find it; a client's no-cache does not pass it", async () => {
    const { client, store } = await newMerchantWithStore(server);
    await listed(client, store.id, 'Keyed Kettle');
    const shop = anonymous(server);
    const sf = `/api/storefront/${store.domain}`;
    const cacheOf = async (path: string, headers: Record<string, string> = {}) => {
      const res = await shop.raw<{ data: { slug: string }[] }>('GET', path, undefined, { headers });
      assert.equal(res.status, 200, path);
      return res.headers.get('x-cache');
    };
    // Each spelling carries a parameter never sent before (`_`), so only a shared entry answers it
    // from the cache; it is asked again until no event of the setup drops the entry in between.
    let n = 0;
    const sameEntry = (canonical: string, spelled: (fresh: string) => string, headers = {}) =>
      eventually(
        async () =>
          (await cacheOf(canonical)) === 'HIT' && (await cacheOf(spelled(`_=${n++}`), headers)) === 'HIT',
        spelled('_'),
      );
    const list = `${sf}/products?sort=newest&limit=5`;
    for (const spelled of [
      (fresh: string) => `${sf}/products?limit=5&sort=newest&${fresh}`,
      (fresh: string) => `${sf}/products?sort=newest&limit=5&offset=0&${fresh}`,
      (fresh: string) => `${sf}/Products/?sort=newest&limit=05&${fresh}`,
    ])
      await sameEntry(list, spelled);
    const product = `${sf}/products/keyed-kettle`;
    await sameEntry(product, (fresh) => `${product}?utm_source=mail&${fresh}`);
    // What fetch() sends with `cache: 'no-store'`: the page is still answered from the cache.
    await sameEntry(product, (fresh) => `${product}?${fresh}`, {
      pragma: 'no-cache',
      'cache-control': 'no-cache',
    });
  });

  test('STOREFRONT_CACHE=refresh reads every page from the database and keeps it for the others', async () => {
    const refreshing = await startTestServer({ storefrontCache: 'refresh' });
    try {
      const { client, store } = await newMerchantWithStore(refreshing);
      await listed(client, store.id, 'Fresh Kettle');
      const path = `/api/storefront/${store.domain}/products/fresh-kettle`;
      const shop = anonymous(refreshing);
      for (let i = 0; i < 3; i++) assert.equal((await shop.raw('GET', path)).headers.get('x-cache'), 'MISS');
      // Kept as a miss keeps it: an API on the same Redis in the default mode answers from it.
      const reading = await startTestServer({
        database: refreshing.database,
        redisPrefix: refreshing.config.redisPrefix,
      });
      try {
        assert.equal((await anonymous(reading).raw('GET', path)).headers.get('x-cache'), 'HIT');
      } finally {
        await reading.close();
      }
    } finally {
      await refreshing.close();
    }
  });

  test('the routes the cache treats apart (searches logged on hits, pages ranked by sales) are routes', () => {
    const paths = new Set(server.routes.map((r) => r.spec.path));
    for (const path of [...LOGGED_SEARCHES, RANKED_BY_SALES]) assert.ok(paths.has(path), path);
  });

  test('a hit is the reply the app gives on a miss: headers, body, HEAD, 304', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await listed(client, store.id, 'Parity Kettle');
    const shop = anonymous(server);
    const path = `/api/storefront/${store.domain}/products/parity-kettle`;
    const asked = { origin: 'https://shop.example', 'x-request-id': 'parity-1' };
    const get = (headers: Record<string, string> = {}) =>
      shop.raw<unknown>('GET', path, undefined, { headers: { ...asked, ...headers } });
    const miss = await get(); // the page's first read
    assert.equal(miss.headers.get('x-cache'), 'MISS');
    // The first hit may come from Redis through the app, which leaves a copy in the process; the
    // hit after it is answered from that copy, before the app (the setup's events may drop the entry
    // for a while: until two hits in a row).
    const isHit = (res: { headers: Headers }) => res.headers.get('x-cache') === 'HIT';
    /** `ask`'s answer when it is a hit right after a hit (so from the process's own copy). */
    const afterAHit = <R extends { headers: Headers }>(ask: () => Promise<R>, what: string) =>
      eventually(async () => {
        if (!isHit(await get())) return false;
        const res = await ask();
        return isHit(res) && res;
      }, what);
    const hit = await afterAHit(get, 'two hits in a row');
    const comparable = (res: typeof hit) =>
      Object.fromEntries(
        [...res.headers].filter(([name]) => !['date', 'x-cache', 'keep-alive', 'connection'].includes(name)),
      );
    assert.deepEqual(comparable(hit), comparable(miss));
    assert.deepEqual(hit.body, miss.body);
    assert.ok(hit.headers.get('content-security-policy') && hit.headers.get('x-content-type-options'));

    const head = await afterAHit(
      () => fetch(`${server.url}${path}`, { method: 'HEAD' }),
      'a HEAD hit after a hit',
    );
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), miss.headers.get('content-length'));
    assert.equal(await head.text(), '');
    const etag = hit.headers.get('etag') ?? '';
    const notModified = await afterAHit(
      () => get({ 'if-none-match': etag, 'cache-control': 'max-age=0' }),
      'a conditional hit after a hit',
    );
    assert.equal(notModified.status, 304);
    assert.equal(notModified.headers.get('etag'), etag);
    assert.equal(notModified.headers.get('access-control-allow-origin'), asked.origin);
  });

  test('a hit spends the per-IP budget of the client the app trusts (X-Forwarded-For from a local proxy)', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 30 });
    try {
      const { client, store } = await newMerchantWithStore(limited);
      await listed(client, store.id, 'Budget Kettle');
      const path = `/api/storefront/${store.domain}/products/budget-kettle`;
      const from = (ip: string) =>
        anonymous(limited).raw('GET', path, undefined, { headers: { 'x-forwarded-for': ip } });
      let n = 0;
      await eventually(
        async () => (await from(`198.51.100.${++n}`)).headers.get('x-cache') === 'HIT',
        'the page cached',
      );
      const answers: string[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await from('203.0.113.7');
        answers.push(`${res.status} ${res.headers.get('x-cache') ?? ''}`.trim());
      }
      // A hit or, should an event of the setup drop the entry in between, a miss: the same budget.
      assert.deepEqual(
        answers.map((a) => a.replace(/ (HIT|MISS)$/, '')),
        [...Array(30).fill('200'), '429', '429'],
      );
      assert.ok(answers.filter((a) => a === '200 HIT').length >= 20, answers.join());
      const blocked = await from('203.0.113.7');
      assert.match(blocked.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.ok(Number(blocked.headers.get('retry-after')) >= 1);
      assert.equal((await from('203.0.113.8')).status, 200, 'another client has its own budget');
    } finally {
      await limited.close();
    }
  });

  test('only a page is shareable: a missing product is 404 with no-store, not kept by a CDN for its 30 s', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await listed(client, store.id, 'Shared Kettle');
    const shop = anonymous(server);
    const sf = `/api/storefront/${store.domain}`;
    const page = await shop.raw('GET', `${sf}/products/shared-kettle`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('cache-control') ?? '', /^public,.*s-maxage=/);
    // Asked twice: a miss, then whatever the cache does with it (it keeps no 404).
    for (let i = 0; i < 2; i++) {
      const missing = await shop.raw('GET', `${sf}/products/no-such-kettle`);
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(missing.headers.get('cache-control'), 'no-store');
    }
  });

  test('cached per tenant with ETag/304 and CDN headers; a write (catalog or stock) invalidates at once', async () => {
    const { client, store, tenantId } = await newMerchantWithStore(server);
    const l = await listed(client, store.id, 'Cached Kettle');
    const shop = anonymous(server);
    const path = `/api/storefront/${store.domain}/products/cached-kettle`;
    const first = await shop.raw<{ title: string; available: number }>('GET', path);
    assert.equal(first.headers.get('x-cache'), 'MISS');
    assert.match(
      first.headers.get('cache-control') ?? '',
      /public.*s-maxage=\d+.*stale-while-revalidate=\d+/,
    );
    const etag = first.headers.get('etag');
    assert.ok(etag);
    // The setup's outbox events (listing, product, stock) are delivered asynchronously and each
    // one invalidates the tenant's entries; once they are through, the entry stays.
    let second = await shop.raw('GET', path);
    for (let i = 0; i < 100 && second.headers.get('x-cache') !== 'HIT'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      second = await shop.raw('GET', path);
    }
    assert.equal(second.headers.get('x-cache'), 'HIT');
    assert.equal(second.headers.get('etag'), etag);
    // fetch() adds `Cache-Control: no-cache` to conditional requests unless told otherwise; a
    // browser or CDN revalidating sends max-age=0.
    const notModified = await shop.raw('GET', path, undefined, {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    assert.equal(notModified.status, 304);

    await client.call('PUT', `/api/stores/${store.id}/products/${l.id}`, { customTitle: 'Renamed Kettle' });
    const renamed = await shop.raw<{ title: string }>('GET', path);
    assert.equal(renamed.headers.get('x-cache'), 'MISS');
    assert.equal(renamed.body.title, 'Renamed Kettle');
    assert.notEqual(renamed.headers.get('etag'), etag);

    // A GraphQL mutation invalidates as REST does, before its response leaves; a query does not.
    await shop.raw('GET', path); // cache again
    const rename = await client.raw<{ errors?: unknown }>('POST', '/graphql', {
      query: `mutation($s: ID!, $id: ID!) { updateProductListing(storeId: $s, id: $id, input: { customTitle: "GraphQL Kettle" }) { id } }`,
      variables: { s: store.id, id: l.id },
    });
    assert.equal(rename.body.errors, undefined, JSON.stringify(rename.body.errors));
    const viaGraphql = await shop.raw<{ title: string }>('GET', path);
    assert.equal(viaGraphql.headers.get('x-cache'), 'MISS');
    assert.equal(viaGraphql.body.title, 'GraphQL Kettle');

    const product = (
      await client.call<{ productId: string }>('GET', `/api/stores/${store.id}/products/${l.id}`)
    ).productId;
    await shop.raw('GET', path); // cache again
    await client.call('POST', `/api/inventory/products/${product}/adjustments`, {
      quantity: 3,
      reason: 'delivery',
    });
    const restocked = await shop.raw<{ available: number }>('GET', path);
    assert.equal(restocked.body.available, 8);

    // A stock movement made outside HTTP (as checkout or a job makes it) reaches the cache through
    // the outbox event: the cached entry is dropped once the event is delivered.
    await shop.raw('GET', path); // cache again
    const variantId = (
      await client.call<{ variants: { id: string }[] }>('GET', `/api/inventory/products/${product}`)
    ).variants[0]?.id;
    assert.ok(variantId);
    await server.platform.db.withTenant(tenantId, (tx) =>
      createInventoryService({ reservationTtlSeconds: 900 }).reserve(tx, {
        reference: 'cart-outside-http',
        lines: [{ variantId, quantity: 2 }],
        expiresAt: new Date(Date.now() + 60_000),
      }),
    );
    let available = 8;
    for (let i = 0; i < 100 && available === 8; i++) {
      await new Promise((r) => setTimeout(r, 100));
      available = (await shop.raw<{ available: number }>('GET', path)).body.available;
    }
    assert.equal(available, 6);

    // Another tenant's cache is its own: the same path on another store is another entry.
    const other = await newMerchantWithStore(server);
    await listed(other.client, other.store.id, 'Cached Kettle');
    const theirs = await shop.raw('GET', `/api/storefront/${other.store.domain}/products/cached-kettle`);
    assert.equal(theirs.headers.get('x-cache'), 'MISS');
  });

  test("a stock move drops only the pages that show a moved variant (or a bundle of one); a shopper's own writes drop none", async () => {
    const { client, store } = await newMerchantWithStore(server);
    const kettle = await listed(client, store.id, 'Stock Kettle');
    const pan = await listed(client, store.id, 'Stock Pan');
    const kettleProduct = (
      await client.call<{ productId: string }>('GET', `/api/stores/${store.id}/products/${kettle.id}`)
    ).productId;
    const kit = await client.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: 'STOCK-KIT',
      name: 'Stock Kit',
      type: 'BUNDLE',
      price: '15',
      bundleItems: [{ productId: kettleProduct, quantity: 1 }],
    });
    await client.call('POST', `/api/stores/${store.id}/products`, { productId: kit.id });
    const shop = anonymous(server);
    const sf = `/api/storefront/${store.domain}`;
    const paths = {
      kettle: `${sf}/products/stock-kettle`,
      pan: `${sf}/products/stock-pan`,
      kit: `${sf}/products/stock-kit`,
      list: `${sf}/products?sort=newest`,
    };
    type Page = { available: number; data?: { slug: string; available: number }[] };
    const read = (path: string) => shop.raw<Page>('GET', path);
    const isHit = async (path: string) => (await read(path)).headers.get('x-cache') === 'HIT';
    /** Reads until `path` shows `available` units (a move reaches the cache once its event is delivered). */
    const showing = (path: string, available: number) =>
      eventually(async () => (await read(path)).body.available === available, `${path} to show ${available}`);
    // Served from the cache once the setup's events are delivered.
    for (const path of Object.values(paths)) await eventually(() => isHit(path), `${path} cached`);

    // Analytics events, a cart that holds the pan: the kettle's page and the kit's stay cached.
    const event = { sessionId: 'session-stock-1', type: 'product_view', listingId: kettle.id };
    assert.equal((await shop.raw('POST', `${sf}/events`, event)).status, 202);
    await shop.call('POST', `${sf}/cart`, { items: [{ listingId: pan.id, quantity: 2 }] });
    await showing(paths.pan, 3);
    const list = await read(paths.list);
    assert.equal(list.body.data?.find((l) => l.slug === 'stock-pan')?.available, 3, 'the list shows it too');
    assert.equal(await isHit(paths.kettle), true, 'the kettle page was kept');
    assert.equal(await isHit(paths.kit), true, 'the kit page was kept');

    // Holding kettles moves the kit's stock too (it is made of them): its page goes.
    await shop.call('POST', `${sf}/cart`, { items: [{ listingId: kettle.id, quantity: 4 }] });
    await showing(paths.kit, 1);
    assert.equal((await read(paths.kettle)).body.available, 1);
  });
});

describe('what placed orders teach the catalog', () => {
  test('bought together, best sellers and verified-purchase reviews; an order counts once', async () => {
    const { client, store, tenantId } = await newMerchantWithStore(server);
    const cat = await client.call<{ id: string }>('POST', `/api/stores/${store.id}/categories`, {
      name: 'Mugs',
    });
    const a = await listed(client, store.id, 'Stone Mug', { categoryIds: [cat.id] });
    const b = await listed(client, store.id, 'Oak Coaster');
    const c = await listed(client, store.id, 'Clay Mug', { categoryIds: [cat.id] });
    await listed(client, store.id, 'Linen Napkin');
    const customerId = crypto.randomUUID();
    const { kv, db, tokens, pubsub } = server.platform;
    const catalog = createCatalog({
      inventory: createInventoryService({ reservationTtlSeconds: 900 }),
      cache: {
        kv,
        pubsub,
        db,
        resolve: () => Promise.reject(new Error('unused')),
        verifyToken: (t) => tokens.verify(t),
      },
    });
    // What the `order.placed` handler does with the order it reads from OrderService.
    const order = {
      storeId: store.id,
      orderId: crypto.randomUUID(),
      customerId,
      items: [
        { listingId: a.id, quantity: 1 },
        { listingId: b.id, quantity: 2 },
        { listingId: null, quantity: 1 },
      ],
    };
    assert.equal(await db.withTenant(tenantId, (tx) => catalog.recordOrder(tx, order)), true);
    assert.equal(await db.withTenant(tenantId, (tx) => catalog.recordOrder(tx, order)), false); // redelivery

    const shop = anonymous(server);
    const recs = async (slug: string) =>
      (
        await shop.call<{ data: Listing[] }>(
          'GET',
          `/api/storefront/${store.domain}/products/${slug}/recommendations`,
        )
      ).data;
    const forA = await recs('stone-mug');
    assert.deepEqual(
      forA.slice(0, 2).map((l) => [l.slug, l.reason]),
      [
        ['oak-coaster', 'BOUGHT_TOGETHER'],
        ['clay-mug', 'SAME_CATEGORY'],
      ],
    );
    const forC = await recs('clay-mug');
    assert.deepEqual(
      forC.slice(0, 2).map((l) => [l.slug, l.reason]),
      [
        ['stone-mug', 'SAME_CATEGORY'],
        ['oak-coaster', 'BEST_SELLER'], // 2 sold
      ],
    );
    const token = await tokens.signShopper({ tenantId, storeId: store.id, customerId });
    const asCustomer = shop.as(token);
    const verified = await asCustomer.call<{ isVerifiedPurchase: boolean }>(
      'POST',
      `/api/storefront/${store.domain}/products/stone-mug/reviews`,
      { rating: 5, content: 'Bought it' },
    );
    assert.equal(verified.isVerifiedPurchase, true);
    const unverified = await asCustomer.call<{ isVerifiedPurchase: boolean }>(
      'POST',
      `/api/storefront/${store.domain}/products/clay-mug/reviews`,
      { rating: 4, content: 'Never bought it' },
    );
    assert.equal(unverified.isVerifiedPurchase, false);
    assert.equal(c.slug, 'clay-mug');
  });
});

describe('digital products', () => {
  test('a signed download link redirects to the file until it expires; a forged or foreign one is 404', async () => {
    const { client, store, tenantId } = await newMerchantWithStore(server);
    const ebook = await client.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: 'EBOOK-1',
      name: 'Field Guide',
      price: '12',
      type: 'DIGITAL',
    });
    const listing = await client.call<{ id: string; isDigital: boolean; available: number }>(
      'POST',
      `/api/stores/${store.id}/products`,
      { productId: ebook.id, attributes: { downloadUrl: 'https://files.example.test/field-guide.pdf' } },
    );
    assert.equal(listing.isDigital, true);
    assert.ok(listing.available > 0);
    // A paid order of the e-book: links name it, and are honoured while it entitles the shopper.
    const card = await client.call<{ id: string }>('POST', `/api/stores/${store.id}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const shop = anonymous(server);
    const sf = `/api/storefront/${store.domain}`;
    const cart = await shop.call<{ id: string }>('POST', `${sf}/cart`, {
      items: [{ listingId: listing.id, quantity: 1 }],
    });
    const order = await shop.call<{ id: string }>('POST', `${sf}/checkout`, {
      cartId: cart.id,
      email: 'reader@example.test',
      payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
    });
    const { service } = server.app.modules.catalog;
    const link = (ttlSeconds?: number, orderId = order.id) =>
      server.platform.db.withTenant(tenantId, (tx) =>
        service.downloadLink(tx, {
          tenantId,
          storeId: store.id,
          domain: store.domain,
          listingId: listing.id,
          orderId,
          ttlSeconds,
        }),
      );
    const noRedirect = (path: string) => fetch(server.url + path, { redirect: 'manual' });
    const valid = await link();
    const followed = await noRedirect(valid.url);
    assert.equal(followed.status, 302);
    assert.equal(followed.headers.get('location'), 'https://files.example.test/field-guide.pdf');
    const [payload] = (valid.url.split('/').pop() ?? '').split('.');
    assert.equal(
      (await shop.raw('GET', `/api/storefront/${store.domain}/downloads/${payload}.AAAA`)).status,
      404,
    );
    const expired = await link(-1);
    assert.equal((await noRedirect(expired.url)).status, 410);
    const noOrder = await link(undefined, crypto.randomUUID());
    assert.equal((await noRedirect(noOrder.url)).status, 410, 'a link whose order does not entitle is gone');
    const other = await newMerchantWithStore(server);
    const foreign = valid.url.replace(store.domain, other.store.domain);
    assert.equal((await noRedirect(foreign)).status, 404);
  });
});
