import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchant, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('stores', () => {
  test('signup → create store → read it back from the storefront settings', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw('POST', '/api/stores', {
      name: 'Copper Kettle Co',
      domain: 'kettle.localhost',
      primaryColor: '#aa3300',
    });
    assert.equal(res.status, 201);
    const store = res.body as { id: string; domain: string; currency: string; status: string };
    assert.equal(res.headers.get('location'), `/api/stores/${store.id}`);
    assert.equal(store.currency, 'USD');
    assert.equal(store.status, 'ACTIVE');

    const settings = await anonymous(server).storefront.settings('kettle.localhost');
    assert.equal(settings.name, 'Copper Kettle Co');
    assert.equal(settings.primaryColor, '#aa3300');
    assert.equal(settings.theme?.isActive, true);
    assert.equal('tenantId' in settings, false);
  });

  test('a store without a domain gets <slug>.PLATFORM_DOMAIN', async () => {
    const { client } = await newMerchant(server);
    const store = await client.stores.create({ name: `Ünïcode Café ${Date.now()}` });
    assert.match(store.domain, /^unicode-cafe-\d+\.localhost$/);
  });

  test('domains are unique on the whole platform; a custom domain routes only once verified', async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchant(server, 'B');
    const same = await b.client.raw('POST', '/api/stores', { name: 'Copy', domain: a.store.domain });
    assert.equal(same.status, 409);
    assert.equal((same.body as { code: string }).code, 'DUPLICATE_DOMAIN');
    assert.match(same.headers.get('content-type') ?? '', /application\/problem\+json/);

    // Claiming a domain proves nothing: it does not route (domains.e2e.test.ts verifies one).
    await a.client.stores.update(a.store.id, { customDomain: 'shop.copper.example' });
    const unproven = await anonymous(server).raw('GET', '/api/storefront/shop.copper.example/settings');
    assert.equal(unproven.status, 404);
  });

  test('changing a domain moves the storefront at once (resolver cache is invalidated)', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await anonymous(server).storefront.settings(store.domain); // warm the cache
    await client.stores.update(store.id, { domain: `moved-${store.domain}` });
    const old = await anonymous(server).raw('GET', `/api/storefront/${store.domain}/settings`);
    assert.equal(old.status, 404);
    const moved = await anonymous(server).storefront.settings(`moved-${store.domain}`);
    assert.equal(moved.id, store.id);
  });

  test('an inactive store is 404 on the storefront', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await client.stores.update(store.id, { status: 'INACTIVE' });
    const res = await anonymous(server).raw('GET', `/api/storefront/${store.domain}/settings`);
    assert.equal(res.status, 404);
  });

  test('list, sort, search and paging', async () => {
    const { client } = await newMerchant(server);
    for (const name of ['Beta', 'Alpha', 'Gamma'])
      await client.stores.create({ name: `${name} ${Date.now()}` });
    const sorted = await client.stores.list('?sort=name&limit=2');
    assert.equal(sorted.total, 3);
    assert.equal(sorted.data.length, 2);
    assert.match(sorted.data[0]?.name ?? '', /^Alpha/);
    const found = await client.stores.list('?q=gamm');
    assert.equal(found.total, 1);
  });

  test('invalid input lists every invalid field and changes nothing', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw('POST', '/api/stores', {
      name: '',
      domain: 'not a host',
      primaryColor: 'red',
      bogus: 1,
    });
    assert.equal(res.status, 400);
    const paths = (res.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['(root)', 'domain', 'name', 'primaryColor']);
    assert.equal((await client.stores.list()).total, 0);
  });

  test('STAFF may not delete a store; OWNER may', async () => {
    const owner = await newMerchantWithStore(server);
    const staffEmail = `staff-${Date.now()}@example.test`;
    await owner.client.call('POST', '/api/users', {
      email: staffEmail,
      password: 'staff-password',
      role: 'STAFF',
    });
    const staff = await anonymous(server).auth.login({ email: staffEmail, password: 'staff-password' });
    const denied = await owner.client.as(staff.accessToken).raw('DELETE', `/api/stores/${owner.store.id}`);
    assert.equal(denied.status, 403);
    await owner.client.stores.delete(owner.store.id);
    // Deleting archives (see store-archive.e2e.test.ts): the store stays readable to its merchant.
    assert.equal((await owner.client.stores.get(owner.store.id)).status, 'ARCHIVED');
  });

  test('one active theme per store', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const bold = await client.stores.themes.create(store.id, {
      name: 'Bold',
      isActive: true,
      homeLayout: 'hero',
    });
    const themes = await client.stores.themes.list(store.id);
    assert.deepEqual(
      themes.data.filter((t) => t.isActive).map((t) => t.id),
      [bold.id],
    );
    const settings = await anonymous(server).storefront.settings(store.domain);
    assert.equal(settings.theme?.name, 'Bold');
  });

  test('twelve concurrent activations all succeed and leave exactly one active theme', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        client.raw('POST', `/api/stores/${store.id}/themes`, { name: `Race ${i}`, isActive: true }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      Array(12).fill(201),
    );
    const themes = await client.stores.themes.list(store.id);
    assert.equal(themes.data.filter((t) => t.isActive).length, 1);
  });
});
