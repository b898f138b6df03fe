import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Category = { id: string; slug: string; parentId: string | null; name: string };
type Node = Category & { children: Node[]; productCount: number };

describe('categories', () => {
  test('tree, derived slug, 409 DUPLICATE_SLUG, visibility and cycles', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/categories`;
    const kitchen = await client.raw<Category>('POST', base, {
      name: 'Kitchen & Dining',
      sortOrder: 1,
      metaTitle: 'Kitchen',
    });
    assert.equal(kitchen.status, 201);
    assert.equal(kitchen.body.slug, 'kitchen-dining');
    assert.equal(kitchen.headers.get('location'), `${base}/${kitchen.body.id}`);
    const pots = await client.call<Category>('POST', base, { name: 'Pots', parentId: kitchen.body.id });
    const hidden = await client.call<Category>('POST', base, { name: 'Secret', isVisible: false });
    await client.call('POST', base, { name: 'Under secret', parentId: hidden.id });
    await client.call('POST', base, { name: 'Garden', sortOrder: 0 });

    const dup = await client.raw<{ code: string }>('POST', base, { name: 'Other', slug: 'pots' });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.code, 'DUPLICATE_SLUG');

    const cycle = await client.raw('PUT', `${base}/${kitchen.body.id}`, { parentId: pots.id });
    assert.equal(cycle.status, 400);
    const unknown = await client.raw('POST', base, {
      name: 'X',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknown.status, 400);
    const extra = await client.raw('POST', base, { name: 'X', bogus: 1 });
    assert.equal(extra.status, 400);

    const tree = await anonymous(server).call<{ data: Node[] }>(
      'GET',
      `/api/storefront/${store.domain}/categories`,
    );
    assert.deepEqual(
      tree.data.map((n) => n.slug),
      ['garden', 'kitchen-dining'],
    );
    assert.deepEqual(
      tree.data[1]?.children.map((n) => n.slug),
      ['pots'],
    );

    const detail = await anonymous(server).call<Node & { breadcrumbs: { slug: string }[] }>(
      'GET',
      `/api/storefront/${store.domain}/categories/pots`,
    );
    assert.deepEqual(
      detail.breadcrumbs.map((b) => b.slug),
      ['kitchen-dining', 'pots'],
    );
    const secret = await anonymous(server).raw(
      'GET',
      `/api/storefront/${store.domain}/categories/under-secret`,
    );
    assert.equal(secret.status, 404);

    // Deleting a parent lifts its children to the top level.
    await client.call('DELETE', `${base}/${kitchen.body.id}`);
    const lifted = await client.call<Category>('GET', `${base}/${pots.id}`);
    assert.equal(lifted.parentId, null);
  });

  test('the admin tree moves (parent + sort order): under its own descendant or itself is 400, unchanged', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/categories`;
    const top = await client.call<Category>('POST', base, { name: 'Home' });
    const mid = await client.call<Category>('POST', base, { name: 'Lighting', parentId: top.id });
    const leaf = await client.call<Category>('POST', base, { name: 'Lamps', parentId: mid.id });
    for (const parentId of [leaf.id, mid.id, top.id]) {
      const res = await client.raw<{ errors: Array<{ path: string }> }>('PUT', `${base}/${top.id}`, {
        parentId,
        sortOrder: 10,
      });
      assert.equal(res.status, 400, parentId);
      assert.ok(res.body.errors.some((e) => e.path === 'parentId'));
    }
    const unchanged = await client.call<Category & { sortOrder: number }>('GET', `${base}/${top.id}`);
    assert.deepEqual([unchanged.parentId, unchanged.sortOrder], [null, 0]);
    // A drop in the admin: the leaf to the top level, before Home, in one update.
    const moved = await client.call<Category & { sortOrder: number }>('PUT', `${base}/${leaf.id}`, {
      parentId: null,
      sortOrder: -10,
    });
    assert.deepEqual([moved.parentId, moved.sortOrder], [null, -10]);
  });

  test("another tenant's category is 404", async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const cat = await a.client.call<Category>('POST', `/api/stores/${a.store.id}/categories`, {
      name: 'Mine',
    });
    assert.equal((await b.client.raw('GET', `/api/stores/${a.store.id}/categories/${cat.id}`)).status, 404);
    assert.equal((await b.client.raw('GET', `/api/stores/${b.store.id}/categories/${cat.id}`)).status, 404);
    assert.equal(
      (await b.client.raw('PUT', `/api/stores/${b.store.id}/categories/${cat.id}`, { name: 'x' })).status,
      404,
    );
  });
});

describe('CMS pages and blog', () => {
  test('HTML is sanitized with an allow-list; Markdown is rendered then sanitized', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const html = await client.call<{ content: string; contentHtml: string; slug: string }>(
      'POST',
      `/api/stores/${store.id}/pages`,
      {
        title: 'About Us',
        content:
          '<h2>Hi</h2><p onclick="x()">ok<script>alert(1)</script></p><a href="javascript:alert(1)">bad</a><img src=x onerror=alert(1)>',
        isPublished: true,
        metaDescription: 'Who we are',
      },
    );
    assert.equal(html.slug, 'about-us');
    assert.doesNotMatch(html.content, /script|onclick|javascript:|onerror/);
    assert.match(html.contentHtml, /<h2>Hi<\/h2>/);

    const md = await client.call<{ contentHtml: string }>('POST', `/api/stores/${store.id}/pages`, {
      title: 'Shipping',
      contentFormat: 'MARKDOWN',
      content: '# Shipping\n\nWe ship **fast**.\n\n<script>alert(1)</script>',
      isPublished: true,
    });
    assert.match(md.contentHtml, /<h1>Shipping<\/h1>/);
    assert.match(md.contentHtml, /<strong>fast<\/strong>/);
    assert.doesNotMatch(md.contentHtml, /script/);

    const page = await anonymous(server).call<{ contentHtml: string; metaDescription: string }>(
      'GET',
      `/api/storefront/${store.domain}/pages/about-us`,
    );
    assert.equal(page.metaDescription, 'Who we are');
    assert.equal(typeof (page as unknown as { content: string }).content, 'string');
    const nav = await anonymous(server).call<{ data: { slug: string }[] }>(
      'GET',
      `/api/storefront/${store.domain}/pages`,
    );
    assert.deepEqual(nav.data.map((p) => p.slug).sort(), ['about-us', 'shipping']);
    const dup = await client.raw<{ code: string }>('POST', `/api/stores/${store.id}/pages`, {
      title: 'About us',
    });
    assert.equal(dup.body.code, 'DUPLICATE_SLUG');
  });

  test('unpublished and scheduled posts stay hidden; blog lists newest first', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const posts = `/api/stores/${store.id}/blog-posts`;
    await client.call('POST', posts, {
      title: 'Old news',
      isPublished: true,
      publishedAt: '2024-01-01T00:00:00Z',
    });
    await client.call('POST', posts, { title: 'Fresh news', isPublished: true, tags: ['news'] });
    await client.call('POST', posts, { title: 'Draft', isPublished: false });
    const future = await client.call<{ id: string }>('POST', posts, {
      title: 'Future',
      isPublished: true,
      publishedAt: '2099-01-01T00:00:00Z',
    });
    const blog = await anonymous(server).call<{ data: { slug: string }[]; total: number }>(
      'GET',
      `/api/storefront/${store.domain}/blog`,
    );
    assert.deepEqual(
      blog.data.map((p) => p.slug),
      ['fresh-news', 'old-news'],
    );
    assert.equal(
      (await anonymous(server).raw('GET', `/api/storefront/${store.domain}/blog/draft`)).status,
      404,
    );
    assert.equal(
      (await anonymous(server).raw('GET', `/api/storefront/${store.domain}/blog/future`)).status,
      404,
    );
    await client.call('PUT', `${posts}/${future.id}`, { publishedAt: '2020-01-01T00:00:00Z' });
    assert.equal(
      (await anonymous(server).raw('GET', `/api/storefront/${store.domain}/blog/future`)).status,
      200,
    );
    // A blog post is not a page.
    assert.equal(
      (await anonymous(server).raw('GET', `/api/storefront/${store.domain}/pages/old-news`)).status,
      404,
    );
    const tagged = await anonymous(server).call<{ total: number }>(
      'GET',
      `/api/storefront/${store.domain}/blog?tag=news`,
    );
    assert.equal(tagged.total, 1);
  });

  test('a changed slug redirects from the old one (chains, reuse, unpublished, posts)', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const base = `/api/stores/${store.id}/pages`;
    const sf = (path: string) =>
      anonymous(server).raw<{ redirectTo?: string; slug?: string }>(
        'GET',
        `/api/storefront/${store.domain}${path}`,
      );
    const page = await client.call<{ id: string }>('POST', base, { title: 'Returns', isPublished: true });
    const renamed = await client.call<{ slug: string }>('PUT', `${base}/${page.id}`, {
      slug: 'returns-policy',
    });
    assert.equal(renamed.slug, 'returns-policy');
    const moved = await sf('/pages/returns');
    assert.equal(moved.status, 200);
    assert.deepEqual(moved.body, { redirectTo: 'returns-policy' });
    assert.equal((await sf('/pages/returns-policy')).body.slug, 'returns-policy');

    // Renamed again: both old slugs lead to the current one; an edit without a slug change adds none.
    await client.call('PUT', `${base}/${page.id}`, { slug: 'refunds' });
    await client.call('PUT', `${base}/${page.id}`, { title: 'Refunds' });
    assert.deepEqual((await sf('/pages/returns')).body, { redirectTo: 'refunds' });
    assert.deepEqual((await sf('/pages/returns-policy')).body, { redirectTo: 'refunds' });

    // A new page that takes an old slug is served there, not redirected.
    await client.call('POST', base, { title: 'Returns', isPublished: true });
    assert.equal((await sf('/pages/returns')).body.slug, 'returns');
    // Back to a former slug: that slug is the page's again.
    await client.call('PUT', `${base}/${page.id}`, { slug: 'returns-policy' });
    assert.equal((await sf('/pages/returns-policy')).body.slug, 'returns-policy');
    assert.deepEqual((await sf('/pages/refunds')).body, { redirectTo: 'returns-policy' });

    // An unpublished page redirects nowhere; a deleted one takes its redirects with it.
    await client.call('PUT', `${base}/${page.id}`, { isPublished: false });
    assert.equal((await sf('/pages/refunds')).status, 404);
    await client.call('DELETE', `${base}/${page.id}`);
    assert.equal((await sf('/pages/refunds')).status, 404);

    // Blog posts have their own slugs: a post's old slug is not a page's.
    const posts = `/api/stores/${store.id}/blog-posts`;
    const post = await client.call<{ id: string }>('POST', posts, { title: 'Hello', isPublished: true });
    await client.call('PUT', `${posts}/${post.id}`, { slug: 'hello-world' });
    assert.deepEqual((await sf('/blog/hello')).body, { redirectTo: 'hello-world' });
    assert.equal((await sf('/pages/hello')).status, 404);

    // A slug that another page has is a 409 with the field named; nothing moves.
    const other = await client.call<{ id: string }>('POST', posts, { title: 'Other', isPublished: true });
    const clash = await client.raw<{ code: string; errors: { path: string }[] }>(
      'PUT',
      `${posts}/${other.id}`,
      {
        slug: 'hello-world',
      },
    );
    assert.equal(clash.status, 409);
    assert.equal(clash.body.errors[0]?.path, 'slug');
    assert.equal((await sf('/blog/other')).body.slug, 'other');
  });

  test("another tenant's redirect is not seen", async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const page = await a.client.call<{ id: string }>('POST', `/api/stores/${a.store.id}/pages`, {
      title: 'Shared name',
      isPublished: true,
    });
    await a.client.call('PUT', `/api/stores/${a.store.id}/pages/${page.id}`, { slug: 'renamed' });
    const own = await anonymous(server).raw('GET', `/api/storefront/${a.store.domain}/pages/shared-name`);
    assert.deepEqual(own.body, { redirectTo: 'renamed' });
    const other = await anonymous(server).raw('GET', `/api/storefront/${b.store.domain}/pages/shared-name`);
    assert.equal(other.status, 404);
  });
});
