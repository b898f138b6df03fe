// Storefront menus (header, footer), the canonical URL of pages and posts, and signed previews of
// unpublished pages, over HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Problem = { code: string; errors?: { path: string; message: string }[] };
type Menu = { handle: string; items: { label: string; href: string; children: { href: string }[] }[] };
type ShopMenus = { header: Menu; footer: Menu };

describe('menus', () => {
  test('save, read back, storefront paths, empty = default, validation, tenant isolation', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/menus`;
    const shop = () => anonymous(server).call<ShopMenus>('GET', `/api/storefront/${store.domain}/menus`);

    const fresh = await client.call<Menu & { updatedAt: string | null }>('GET', `${base}/header`);
    assert.deepEqual(fresh.items, []);
    assert.equal(fresh.updatedAt, null);
    assert.deepEqual(await shop(), { header: { items: [] }, footer: { items: [] } });

    const items = [
      {
        label: 'Shop',
        url: '/search',
        children: [{ label: 'Aprons', link: { kind: 'category', slug: 'aprons' } }],
      },
      { label: 'About', link: { kind: 'page', slug: 'about-us' } },
      { label: 'Journal', link: { kind: 'post', slug: 'linen-care' } },
      { label: 'Instagram', url: 'https://instagram.com/juniper' },
    ];
    const saved = await client.call<Menu>('PUT', `${base}/header`, { items });
    assert.deepEqual(
      saved.items.map((i) => i.href),
      ['/search', '/pages/about-us', '/blog/linen-care', 'https://instagram.com/juniper'],
    );
    assert.equal(saved.items[0]?.children[0]?.href, '/c/aprons');
    const sf = await shop();
    assert.deepEqual(sf.header.items[0], {
      label: 'Shop',
      href: '/search',
      children: [{ label: 'Aprons', href: '/c/aprons' }],
    });
    assert.deepEqual(sf.footer.items, []);

    // Bad input: 400 naming the field, nothing changes.
    const bad = async (body: unknown, path: string) => {
      const res = await client.raw<Problem>('PUT', `${base}/header`, body);
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.ok(
        res.body.errors?.some((e) => e.path === path),
        `${path} in ${JSON.stringify(res.body.errors)}`,
      );
    };
    await bad({ items: [{ label: 'X', url: 'javascript:alert(1)' }] }, 'items.0.url');
    await bad({ items: [{ label: 'X', url: '//evil.example' }] }, 'items.0.url');
    await bad({ items: [{ label: 'X', url: 'ftp://files.example' }] }, 'items.0.url');
    await bad({ items: [{ label: '', url: '/a' }] }, 'items.0.label');
    await bad({ items: [{ label: 'X' }] }, 'items.0.url');
    await bad({ items: [{ label: 'X', url: '/a', link: { kind: 'page', slug: 'a' } }] }, 'items.0.url');
    await bad({ items: [{ label: 'X', link: { kind: 'order', slug: 'a' } }] }, 'items.0.link.kind');
    await bad(
      { items: [{ label: 'X', url: '/a', children: [{ label: 'Y', url: '/b', children: [] }] }] },
      'items.0.children.0',
    );
    const many = Array.from({ length: 26 }, (_, i) => ({
      label: `L${i}`,
      url: `/l${i}`,
      children: [{ label: 'c', url: '/c' }],
    }));
    await bad({ items: many }, 'items');
    const unknown = await client.raw('PUT', `${base}/sidebar`, { items: [] });
    assert.equal(unknown.status, 400);
    assert.equal((await shop()).header.items.length, 4, 'nothing changed');

    // Another merchant sees none of it and cannot write it.
    const other = await newMerchantWithStore(server);
    assert.equal((await other.client.raw('GET', `${base}/header`)).status, 404);
    const write = await other.client.raw('PUT', `${base}/footer`, { items: [{ label: 'X', url: '/x' }] });
    assert.equal(write.status, 404);
    assert.deepEqual((await shop()).footer.items, []);

    // Emptied: back to the default links.
    await client.call('PUT', `${base}/header`, { items: [] });
    assert.deepEqual((await shop()).header.items, []);
  });

  test('a renamed category, collection, page, post or product takes its menu links along', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const api = `/api/stores/${store.id}`;
    const create = (path: string, body: object) =>
      client.call<{ id: string; slug: string }>('POST', `${api}/${path}`, body);
    const category = await create('categories', { name: 'Aprons', slug: 'aprons' });
    const collection = await create('collections', { title: 'Gifts', slug: 'gifts' });
    const page = await create('pages', { title: 'About', slug: 'about', isPublished: true });
    const post = await create('blog-posts', { title: 'Care', slug: 'care', isPublished: true });
    const product = await client.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: 'APRON-1',
      name: 'Apron',
    });
    const listing = await create('products', { productId: product.id, slug: 'apron' });
    await client.call('PUT', `${api}/menus/header`, {
      items: [
        {
          label: 'Aprons',
          link: { kind: 'category', slug: 'aprons' },
          children: [
            { label: 'Gifts', link: { kind: 'collection', slug: 'gifts' } },
            { label: 'Other aprons', link: { kind: 'collection', slug: 'aprons' } },
          ],
        },
        { label: 'About', link: { kind: 'page', slug: 'about' } },
        { label: 'Apron', link: { kind: 'product', slug: 'apron' } },
      ],
    });
    await client.call('PUT', `${api}/menus/footer`, {
      items: [{ label: 'Care', link: { kind: 'post', slug: 'care' } }],
    });
    await client.call('PUT', `${api}/categories/${category.id}`, { slug: 'kitchen-aprons' });
    await client.call('PUT', `${api}/collections/${collection.id}`, { slug: 'gift-ideas' });
    await client.call('PUT', `${api}/pages/${page.id}`, { slug: 'our-story' });
    await client.call('PUT', `${api}/blog-posts/${post.id}`, { slug: 'linen-care' });
    await client.call('PUT', `${api}/products/${listing.id}`, { slug: 'linen-apron' });
    const shop = await anonymous(server).call<ShopMenus>('GET', `/api/storefront/${store.domain}/menus`);
    assert.deepEqual(
      shop.header.items,
      [
        {
          label: 'Aprons',
          href: '/c/kitchen-aprons',
          children: [
            { label: 'Gifts', href: '/collections/gift-ideas' },
            { label: 'Other aprons', href: '/collections/aprons' },
          ],
        },
        { label: 'About', href: '/pages/our-story', children: [] },
        { label: 'Apron', href: '/p/linen-apron', children: [] },
      ],
      'a collection that shares the old slug of a category is left alone',
    );
    assert.deepEqual(shop.footer.items, [{ label: 'Care', href: '/blog/linen-care', children: [] }]);
  });
});

type Page = { id: string; slug: string; canonicalUrl: string | null };

describe('canonical URL of pages and posts', () => {
  test('set, read by shoppers, cleared; only http(s) URLs or paths', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const pages = `/api/stores/${store.id}/pages`;
    const page = await client.call<Page>('POST', pages, { title: 'About', isPublished: true });
    assert.equal(page.canonicalUrl, null);
    const set = await client.call<Page>('PUT', `${pages}/${page.id}`, {
      canonicalUrl: 'https://journal.example.com/about',
    });
    assert.equal(set.canonicalUrl, 'https://journal.example.com/about');
    const shop = await anonymous(server).call<Page>('GET', `/api/storefront/${store.domain}/pages/about`);
    assert.equal(shop.canonicalUrl, 'https://journal.example.com/about');

    for (const canonicalUrl of ['javascript:alert(1)', '//evil.example/x', 'about', 'x'.repeat(2001)]) {
      const res = await client.raw<Problem>('PUT', `${pages}/${page.id}`, { canonicalUrl });
      assert.equal(res.status, 400, canonicalUrl);
      assert.ok(res.body.errors?.some((e) => e.path === 'canonicalUrl'));
    }
    const post = await client.call<Page>('POST', `/api/stores/${store.id}/blog-posts`, {
      title: 'Linen care',
      canonicalUrl: '/blog/caring-for-linen',
    });
    assert.equal(post.canonicalUrl, '/blog/caring-for-linen');
    const cleared = await client.call<Page>('PUT', `${pages}/${page.id}`, { canonicalUrl: null });
    assert.equal(cleared.canonicalUrl, null);
  });
});

describe('preview of unpublished pages', () => {
  test('a draft opens with its token only: not without, not another page, not another store', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const draft = await client.call<Page>('POST', `/api/stores/${store.id}/pages`, { title: 'Sale plans' });
    await client.call<Page>('POST', `/api/stores/${store.id}/pages`, { title: 'Other' });
    const grant = await client.call<{ token: string; path: string; expiresAt: string }>(
      'POST',
      `/api/stores/${store.id}/pages/${draft.id}/preview-token`,
    );
    assert.equal(grant.path, `/pages/sale-plans?draft=${grant.token}`);
    const sf = `/api/storefront/${store.domain}`;
    const read = (path: string, token?: string) =>
      anonymous(server).raw<Page>('GET', `${sf}${path}`, undefined, {
        headers: token ? { 'x-ventory-preview': token } : {},
      });

    assert.equal((await read('/pages/sale-plans')).status, 404, 'a draft is not found for shoppers');
    const ok = await read('/pages/sale-plans/preview', grant.token);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.id, draft.id);
    assert.match(ok.headers.get('cache-control') ?? '', /no-store/);
    assert.equal((await read('/pages/sale-plans/preview')).status, 404, 'no token');
    assert.equal((await read('/pages/sale-plans/preview', `${grant.token}x`)).status, 404, 'forged');
    assert.equal((await read('/pages/other/preview', grant.token)).status, 404, 'another page');
    assert.equal((await read('/blog/sale-plans/preview', grant.token)).status, 404, 'not a post');

    // A scheduled post previews too; a theme token is no page token.
    const post = await client.call<Page>('POST', `/api/stores/${store.id}/blog-posts`, {
      title: 'Soon',
      isPublished: true,
      publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const postGrant = await client.call<{ token: string }>(
      'POST',
      `/api/stores/${store.id}/blog-posts/${post.id}/preview-token`,
    );
    assert.equal((await read('/blog/soon')).status, 404);
    assert.equal((await read('/blog/soon/preview', postGrant.token)).status, 200);

    // Another store's token opens nothing here.
    const them = await newMerchantWithStore(server);
    const theirs = await them.client.call<Page>('POST', `/api/stores/${them.store.id}/pages`, {
      title: 'Sale plans',
    });
    const theirGrant = await them.client.call<{ token: string }>(
      'POST',
      `/api/stores/${them.store.id}/pages/${theirs.id}/preview-token`,
    );
    assert.equal((await read('/pages/sale-plans/preview', theirGrant.token)).status, 404);
    const foreign = await them.client.raw('POST', `/api/stores/${store.id}/pages/${draft.id}/preview-token`);
    assert.equal(foreign.status, 404);
  });
});
