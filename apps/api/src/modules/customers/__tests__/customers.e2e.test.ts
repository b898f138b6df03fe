import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ApiError } from '@ventory/sdk';
import { sql } from 'kysely';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const home = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '12 St James Sq',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'gb',
};
const work = { ...home, line1: '1 Analytical Way', postalCode: 'EC1A 1BB' };

describe('customers (staff)', () => {
  test('create with an address book: first address is the default, country upper-cased', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const c = await client.customers.create(store.id, {
      email: 'Ada@Example.test',
      firstName: 'Ada',
      tags: ['vip'],
      notes: 'prefers email',
      addresses: [home, work],
    });
    assert.equal(c.email, 'ada@example.test');
    assert.equal(c.addresses.length, 2);
    assert.equal(c.defaultAddressId, c.addresses[0]?.id);
    assert.equal(c.addresses[0]?.country, 'GB');
    assert.deepEqual(
      c.addresses.map((a) => a.isDefault),
      [true, false],
    );
    assert.equal(c.orderCount, 0);
    assert.equal(c.totalSpent, '0.00');
    assert.equal(c.hasAccount, false);
  });

  test('email is unique per store (case-insensitive) but free across stores', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await client.customers.create(store.id, { email: 'dup@example.test' });
    const again = await client.raw('POST', `/api/stores/${store.id}/customers`, {
      email: 'DUP@example.test',
    });
    assert.equal(again.status, 409);
    assert.equal((again.body as { code: string }).code, 'DUPLICATE_EMAIL');
    const other = await client.stores.create({ name: 'Second' });
    const ok = await client.customers.create(other.id, { email: 'dup@example.test' });
    assert.equal(ok.storeId, other.id);
  });

  test('list: search, tag filter, sort and paging', async () => {
    const { client, store } = await newMerchantWithStore(server);
    for (const [email, tags] of [
      ['b@x.test', ['vip']],
      ['a@x.test', []],
      ['c@x.test', ['vip', 'wholesale']],
    ] as const)
      await client.customers.create(store.id, { email, tags: [...tags] });
    const vip = await client.customers.list(store.id, '?tag=vip&sort=email');
    assert.deepEqual(
      vip.data.map((c) => c.email),
      ['b@x.test', 'c@x.test'],
    );
    const page = await client.customers.list(store.id, '?sort=-email&limit=1&offset=1');
    assert.equal(page.total, 3);
    assert.equal(page.data[0]?.email, 'b@x.test');
    const found = await client.customers.list(store.id, '?q=C@X');
    assert.equal(found.total, 1);
  });

  test('update: tags, notes, default address; a foreign address id is 400; unknown fields 400', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const c = await client.customers.create(store.id, { email: 'u@x.test', addresses: [home, work] });
    const other = await client.customers.create(store.id, { email: 'o@x.test', addresses: [home] });
    const second = c.addresses[1]?.id as string;
    const updated = await client.customers.update(store.id, c.id, {
      tags: ['returning'],
      notes: 'called about order',
      defaultAddressId: second,
    });
    assert.equal(updated.defaultAddressId, second);
    assert.deepEqual(updated.tags, ['returning']);
    assert.equal(updated.email, 'u@x.test');
    const foreign = await client.raw('PUT', `/api/stores/${store.id}/customers/${c.id}`, {
      defaultAddressId: other.addresses[0]?.id,
    });
    assert.equal(foreign.status, 400);
    const bogus = await client.raw('PUT', `/api/stores/${store.id}/customers/${c.id}`, {
      bogus: 1,
      email: 'nope',
    });
    assert.equal(bogus.status, 400);
    const paths = (bogus.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['(root)', 'email']);
  });

  test('delete, then 404; another tenant sees 404 and nothing', async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const c = await a.client.customers.create(a.store.id, { email: 'gone@x.test' });
    const peek = await b.client.raw('GET', `/api/stores/${a.store.id}/customers/${c.id}`);
    assert.equal(peek.status, 404);
    const cross = await b.client.raw('GET', `/api/stores/${b.store.id}/customers/${c.id}`);
    assert.equal(cross.status, 404);
    const del = await b.client.raw('DELETE', `/api/stores/${b.store.id}/customers/${c.id}`);
    assert.equal(del.status, 404);
    await a.client.customers.delete(a.store.id, c.id);
    await assert.rejects(a.client.customers.get(a.store.id, c.id), (e: ApiError) => e.status === 404);
  });
});

describe('shopper accounts', () => {
  test('register → 201 {customer, accessToken}; the token reads /account; a second register is 409', async () => {
    const { store } = await newMerchantWithStore(server);
    const anon = anonymous(server);
    const res = await anon.raw('POST', `/api/storefront/${store.domain}/customers`, {
      email: 'Shopper@Example.test',
      password: 'long enough pw',
      firstName: 'Sam',
      lastName: 'Shopper',
    });
    assert.equal(res.status, 201);
    const session = res.body as {
      customer: { id: string; email: string; notes?: string };
      accessToken: string;
    };
    assert.equal(session.customer.email, 'shopper@example.test');
    assert.equal('notes' in session.customer, false);
    const me = await anon.as(session.accessToken).account.get(store.domain);
    assert.equal(me.id, session.customer.id);
    const dup = await anon.raw('POST', `/api/storefront/${store.domain}/customers`, {
      email: 'shopper@example.test',
      password: 'another password',
      firstName: 'Sam',
      lastName: 'Again',
    });
    assert.equal(dup.status, 409);
    const short = await anon.raw('POST', `/api/storefront/${store.domain}/customers`, {
      email: 'x@example.test',
      password: 'short',
      firstName: '',
      lastName: 'Y',
    });
    assert.equal(short.status, 400);
    assert.deepEqual((short.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort(), [
      'firstName',
      'password',
    ]);
  });

  test('registering claims a guest profile staff created (same id, now with an account)', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const guest = await client.customers.create(store.id, { email: 'guest@x.test', tags: ['imported'] });
    const session = await anonymous(server).account.register(store.domain, {
      email: 'guest@x.test',
      password: 'guest password',
      firstName: 'Gus',
      lastName: 'Guest',
    });
    assert.equal(session.customer.id, guest.id);
    const seen = await client.customers.get(store.id, guest.id);
    assert.equal(seen.hasAccount, true);
    assert.equal(seen.firstName, 'Gus');
    assert.deepEqual(seen.tags, ['imported']);
  });

  test("registering while a guest order's profile for the email is being written claims that profile (no 409)", async () => {
    const { store, tenantId } = await newMerchantWithStore(server);
    const { db } = server.platform;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let guestId = '';
    // The order's flow, mid-transaction: the guest's profile is written, not committed yet.
    const guestOrder = db.withTenant(tenantId, async (tx) => {
      const row = await sql<{ id: string }>`
        insert into customers (store_id, email) values (${store.id}, 'race@x.test') returning id`.execute(tx);
      guestId = row.rows[0]?.id ?? '';
      await held;
    });
    while (!guestId) await new Promise((r) => setTimeout(r, 10));
    const registering = anonymous(server).account.register(store.domain, {
      email: 'race@x.test',
      password: 'race password',
      firstName: 'Ray',
      lastName: 'Ce',
    });
    // Commit the guest's profile once the registration waits on it (its insert meets the same email).
    const waiting = () =>
      db.withPlatform(async (tx) => {
        const r = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock'`.execute(tx);
        return (r.rows[0]?.n ?? 0) > 0;
      });
    while (!(await waiting())) await new Promise((r) => setTimeout(r, 20));
    release();
    await guestOrder;
    const session = await registering;
    assert.equal(session.customer.id, guestId);
  });

  test('login works; wrong password is 401; the token is only good for its own store', async () => {
    const a = await newMerchantWithStore(server);
    const b = await newMerchantWithStore(server);
    const anon = anonymous(server);
    await anon.account.register(a.store.domain, {
      email: 'li@x.test',
      password: 'right password',
      firstName: 'Li',
      lastName: 'Wei',
    });
    const session = await anon.account.login(a.store.domain, {
      email: 'LI@x.test',
      password: 'right password',
    });
    assert.equal(session.customer.email, 'li@x.test');
    const wrong = await anon.raw('POST', `/api/storefront/${a.store.domain}/auth/login`, {
      email: 'li@x.test',
      password: 'wrong password',
    });
    assert.equal(wrong.status, 401);
    const otherStore = await anon.raw('POST', `/api/storefront/${b.store.domain}/auth/login`, {
      email: 'li@x.test',
      password: 'right password',
    });
    assert.equal(otherStore.status, 401);
    const crossToken = await anon.raw('GET', `/api/storefront/${b.store.domain}/account`, undefined, {
      token: session.accessToken,
    });
    assert.equal(crossToken.status, 401);
    const noToken = await anon.raw('GET', `/api/storefront/${a.store.domain}/account`);
    assert.equal(noToken.status, 401);
  });

  test('a shopper token on admin endpoints is 401', async () => {
    const { store } = await newMerchantWithStore(server);
    const session = await anonymous(server).account.register(store.domain, {
      email: 'sneaky@x.test',
      password: 'sneaky password',
      firstName: 'Sneaky',
      lastName: 'Pete',
    });
    const shopper = anonymous(server).as(session.accessToken);
    for (const path of [`/api/stores/${store.id}/customers`, '/api/stores', `/api/stores/${store.id}`]) {
      const res = await shopper.raw('GET', path);
      assert.equal(res.status, 401, path);
    }
    const write = await shopper.raw('POST', `/api/stores/${store.id}/customers`, { email: 'x@x.test' });
    assert.equal(write.status, 401);
  });

  test('address book self-service: add, default, update, delete; others’ addresses are 404', async () => {
    const { store } = await newMerchantWithStore(server);
    const anon = anonymous(server);
    const mine = anon.as(
      (
        await anon.account.register(store.domain, {
          email: 'me@x.test',
          password: 'my password',
          firstName: 'Me',
          lastName: 'Myself',
        })
      ).accessToken,
    );
    const theirs = anon.as(
      (
        await anon.account.register(store.domain, {
          email: 'them@x.test',
          password: 'their password',
          firstName: 'Them',
          lastName: 'Selves',
        })
      ).accessToken,
    );
    const first = await mine.account.addAddress(store.domain, home);
    assert.equal(first.isDefault, true);
    const second = await mine.account.addAddress(store.domain, { ...work, isDefault: true });
    assert.equal(second.isDefault, true);
    let me = await mine.account.get(store.domain);
    assert.equal(me.defaultAddressId, second.id);
    const moved = await mine.account.updateAddress(store.domain, first.id, { city: 'Cambridge' });
    assert.equal(moved.city, 'Cambridge');
    assert.equal(moved.isDefault, false);
    const steal = await theirs.raw('PUT', `/api/storefront/${store.domain}/account/addresses/${first.id}`, {
      city: 'Nowhere',
    });
    assert.equal(steal.status, 404);
    const drop = await theirs.raw('DELETE', `/api/storefront/${store.domain}/account/addresses/${first.id}`);
    assert.equal(drop.status, 404);
    await mine.account.deleteAddress(store.domain, second.id);
    me = await mine.account.get(store.domain);
    assert.equal(me.defaultAddressId, null);
    assert.deepEqual(
      me.addresses.map((a) => a.city),
      ['Cambridge'],
    );
    const profile = await mine.account.update(store.domain, {
      marketingConsent: true,
      phoneNumber: '+44 20 0000',
    });
    assert.equal(profile.marketingConsent, true);
  });

  test('failed logins: after 10 failures the email is 429 even with the right password', async (t) => {
    // A server of its own: the per-IP failure counter is shared by every test on one server.
    const own = await startTestServer();
    t.after(() => own.close());
    const { store } = await newMerchantWithStore(own);
    const anon = anonymous(own);
    await anon.account.register(store.domain, {
      email: 'brute@x.test',
      password: 'right password',
      firstName: 'B',
      lastName: 'F',
    });
    for (let i = 0; i < 10; i++) {
      const res = await anon.raw('POST', `/api/storefront/${store.domain}/auth/login`, {
        email: 'brute@x.test',
        password: `guess ${i}`,
      });
      assert.equal(res.status, 401);
    }
    const blocked = await anon.raw('POST', `/api/storefront/${store.domain}/auth/login`, {
      email: 'brute@x.test',
      password: 'right password',
    });
    assert.equal(blocked.status, 429);
    assert.ok(blocked.headers.get('retry-after'));
  });
});

describe('customers over GraphQL', () => {
  test('staff query customers; a shopper queries me; a shopper token cannot list customers', async () => {
    const { client, store } = await newMerchantWithStore(server);
    await client.customers.create(store.id, { email: 'gq@x.test', addresses: [home] });
    const gql = (c: typeof client, query: string, variables: Record<string, unknown>) =>
      c.raw<{ data?: Record<string, unknown>; errors?: Array<{ extensions: { code: string } }> }>(
        'POST',
        '/graphql',
        { query, variables },
      );
    const list = await gql(
      client,
      'query($s: ID!) { customers(storeId: $s) { total data { email totalSpent addresses { country isDefault } } } }',
      { s: store.id },
    );
    assert.deepEqual(list.body.data?.customers, {
      total: 1,
      data: [{ email: 'gq@x.test', totalSpent: '0.00', addresses: [{ country: 'GB', isDefault: true }] }],
    });
    const session = await anonymous(server).account.register(store.domain, {
      email: 'gq@x.test',
      password: 'graphql password',
      firstName: 'G',
      lastName: 'Q',
    });
    const shopper = anonymous(server).as(session.accessToken);
    const me = await gql(shopper, 'query($d: String!) { me(domain: $d) { email firstName } }', {
      d: store.domain,
    });
    assert.deepEqual(me.body.data?.me, { email: 'gq@x.test', firstName: 'G' });
    const denied = await gql(shopper, 'query($s: ID!) { customers(storeId: $s) { total } }', { s: store.id });
    assert.equal(denied.body.errors?.[0]?.extensions.code, 'UNAUTHENTICATED');
  });
});
