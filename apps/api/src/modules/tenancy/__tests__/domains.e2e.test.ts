import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startDnsServer, type TestDnsServer } from '../../../../test/dns-server.ts';
import { anonymous, newMerchant, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

type Domain = {
  hostname: string;
  kind: string;
  status: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  verification: {
    dns: { type: string; name: string; value: string };
    http: { url: string; body: string };
  } | null;
};

let server: TestServer;
let dns: TestDnsServer;
let web: http.Server;
/** What the "customer's web server" serves: `host path` → body. */
const served = new Map<string, string>();

before(async () => {
  dns = await startDnsServer();
  web = http.createServer((req, res) => {
    const body = served.get(`${req.headers.host?.replace(/:\d+$/, '')} ${req.url}`);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' }).end(body ?? 'no');
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  server = await startTestServer({
    domainVerification: {
      dnsServers: [dns.address],
      httpPort: (web.address() as AddressInfo).port,
      allowPrivate: true,
      timeoutMs: 1000,
    },
  });
});
after(async () => {
  await server.close();
  await dns.close();
  web.close();
});

const unique = (name: string) => `${name}-${randomBytes(4).toString('hex')}.example.test`;
const settingsStatus = async (host: string) =>
  (await anonymous(server).raw('GET', `/api/storefront/${host}/settings`)).status;
const ask = async (host: string) =>
  (await anonymous(server).raw('GET', `/api/tls/ask?domain=${encodeURIComponent(host)}`)).status;

describe('custom domain verification', () => {
  test('a claimed domain is pending and does not route; a TXT record with the token verifies it', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const host = unique('shop');
    const added = await client.raw<Domain>('POST', `/api/stores/${store.id}/domains`, { hostname: host });
    assert.equal(added.status, 201);
    assert.equal(added.body.status, 'pending');
    assert.equal(added.body.kind, 'custom');
    assert.equal(added.body.verifiedAt, null);
    const record = added.body.verification?.dns;
    assert.equal(record?.type, 'TXT');
    assert.equal(record?.name, `_ventory-challenge.${host}`);
    assert.match(record?.value ?? '', /^[0-9a-f]{32}$/);
    assert.equal(
      (await client.stores.get(store.id)).customDomain,
      host,
      'the store carries its custom domain',
    );

    assert.equal(await settingsStatus(host), 404, 'an unproven domain does not route');
    assert.equal(await ask(host), 404, 'and gets no certificate');

    const refused = await client.raw<{ code: string; reasons: string[] }>(
      'POST',
      `/api/stores/${store.id}/domains/${host}/verify`,
    );
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'DOMAIN_NOT_VERIFIED');
    assert.match(
      refused.body.reasons.join('\n'),
      new RegExp(`no TXT record at _ventory-challenge\\.${host}`),
    );

    dns.zone.set(record?.name ?? '', { TXT: ['someone-else'] });
    const wrong = await client.raw<{ reasons: string[] }>(
      'POST',
      `/api/stores/${store.id}/domains/${host}/verify`,
    );
    assert.equal(wrong.status, 422);
    assert.match(wrong.body.reasons.join('\n'), /does not hold the token/);
    assert.equal(await settingsStatus(host), 404);

    dns.zone.set(record?.name ?? '', { TXT: ['someone-else', record?.value ?? ''] });
    const verified = await client.raw<Domain>('POST', `/api/stores/${store.id}/domains/${host}/verify`);
    assert.equal(verified.status, 200);
    assert.equal(verified.body.status, 'verified');
    assert.equal(verified.body.verifiedBy, 'dns');
    assert.ok(verified.body.verifiedAt && Date.parse(verified.body.verifiedAt) > Date.now() - 60_000);

    const settings = await anonymous(server).storefront.settings(host);
    assert.equal(settings.id, store.id, 'the storefront answers on the verified domain at once');
    assert.equal(await ask(host), 200);
    const listed = await client.call<{ data: Domain[] }>('GET', `/api/stores/${store.id}/domains`);
    assert.deepEqual(
      listed.data.map((d) => [d.kind, d.hostname, d.status, d.verifiedBy]),
      [
        ['custom', host, 'verified', 'dns'],
        ['primary', store.domain, 'verified', 'platform'],
      ],
    );
  });

  test('an HTTP token at /.well-known/ventory-verification/<token> verifies a domain too', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const host = unique('web');
    const added = await client.call<Domain>('POST', `/api/stores/${store.id}/domains`, { hostname: host });
    const proof = added.verification?.http;
    assert.equal(proof?.url, `http://${host}/.well-known/ventory-verification/${proof?.body}`);
    dns.zone.set(host, { A: ['127.0.0.1'] });
    served.set(`${host} /.well-known/ventory-verification/${proof?.body}`, `${proof?.body}\n`);
    const verified = await client.call<Domain>('POST', `/api/stores/${store.id}/domains/${host}/verify`);
    assert.equal(verified.status, 'verified');
    assert.equal(verified.verifiedBy, 'http');
    assert.equal((await anonymous(server).storefront.settings(host)).id, store.id);
  });

  test('a pending claim blocks no one; a verified domain cannot be claimed by another tenant', async () => {
    const squatter = await newMerchantWithStore(server, 'Squatter');
    const owner = await newMerchantWithStore(server, 'Owner');
    const host = unique('brand');
    // The squatter claims first but cannot prove control; the real owner can claim it anyway.
    await squatter.client.call('POST', `/api/stores/${squatter.store.id}/domains`, { hostname: host });
    const mine = await owner.client.call<Domain>('POST', `/api/stores/${owner.store.id}/domains`, {
      hostname: host,
    });
    const theirs = await squatter.client.call<Domain>(
      'GET',
      `/api/stores/${squatter.store.id}/domains/${host}`,
    );
    assert.notEqual(
      mine.verification?.dns.value,
      theirs.verification?.dns.value,
      'each claim has its own token',
    );
    dns.zone.set(`_ventory-challenge.${host}`, { TXT: [mine.verification?.dns.value ?? ''] });
    await owner.client.call('POST', `/api/stores/${owner.store.id}/domains/${host}/verify`);

    const late = await squatter.client.raw<{ code: string }>(
      'POST',
      `/api/stores/${squatter.store.id}/domains/${host}/verify`,
    );
    assert.equal(late.status, 409);
    assert.equal(late.body.code, 'DUPLICATE_DOMAIN');
    const third = await newMerchantWithStore(server, 'Third');
    for (const res of [
      await third.client.raw<{ code: string }>('POST', `/api/stores/${third.store.id}/domains`, {
        hostname: host,
      }),
      await third.client.raw<{ code: string }>('PUT', `/api/stores/${third.store.id}`, {
        customDomain: host,
      }),
      await third.client.raw<{ code: string }>('POST', '/api/stores', { name: 'Copy', domain: host }),
    ]) {
      assert.equal(res.status, 409);
      assert.equal(res.body.code, 'DUPLICATE_DOMAIN');
    }
    assert.equal((await anonymous(server).storefront.settings(host)).id, owner.store.id);
  });

  test('the issue’s reproduction: setting www.nike.com as a custom domain does not serve it', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const res = await client.raw('PUT', `/api/stores/${store.id}`, { customDomain: 'www.nike.com' });
    assert.equal(res.status, 200);
    assert.equal(await settingsStatus('www.nike.com'), 404);
    const domain = await client.call<Domain>('GET', `/api/stores/${store.id}/domains/www.nike.com`);
    assert.equal(domain.status, 'pending');
  });

  test('a primary domain outside PLATFORM_DOMAIN needs proof too; platform subdomains route at once', async () => {
    const { client } = await newMerchant(server);
    const host = unique('own');
    const store = await client.stores.create({ name: 'Own Domain', domain: host });
    assert.equal(await settingsStatus(host), 404);
    const [primary] = (await client.call<{ data: Domain[] }>('GET', `/api/stores/${store.id}/domains`)).data;
    assert.equal(primary?.status, 'pending');
    dns.zone.set(`_ventory-challenge.${host}`, { TXT: [primary?.verification?.dns.value ?? ''] });
    await client.call('POST', `/api/stores/${store.id}/domains/${host}/verify`);
    assert.equal((await anonymous(server).storefront.settings(host)).id, store.id);

    const onPlatform = await client.stores.create({ name: 'Platform Shop' });
    assert.match(onPlatform.domain, /\.localhost$/);
    assert.equal(await settingsStatus(onPlatform.domain), 200);
    const verify = await client.call<Domain>(
      'POST',
      `/api/stores/${onPlatform.id}/domains/${onPlatform.domain}/verify`,
    );
    assert.deepEqual([verify.status, verify.verifiedBy, verify.verification], ['verified', 'platform', null]);
  });

  test('removing or changing the custom domain stops it routing; a new one starts pending', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const host = unique('gone');
    const added = await client.call<Domain>('POST', `/api/stores/${store.id}/domains`, { hostname: host });
    dns.zone.set(`_ventory-challenge.${host}`, { TXT: [added.verification?.dns.value ?? ''] });
    await client.call('POST', `/api/stores/${store.id}/domains/${host}/verify`);
    assert.equal(await settingsStatus(host), 200);

    const next = unique('next');
    await client.stores.update(store.id, { customDomain: next });
    assert.equal(await settingsStatus(host), 404, 'the old custom domain is let go at once');
    assert.equal(
      (await client.call<Domain>('GET', `/api/stores/${store.id}/domains/${next}`)).status,
      'pending',
    );
    const removed = await client.raw('DELETE', `/api/stores/${store.id}/domains/${next}`);
    assert.equal(removed.status, 204);
    assert.equal((await client.stores.get(store.id)).customDomain, null);
    const primary = await client.raw<{ code: string }>(
      'DELETE',
      `/api/stores/${store.id}/domains/${store.domain}`,
    );
    assert.equal(primary.status, 400);
    const other = await client.raw('DELETE', `/api/stores/${store.id}/domains/${unique('never')}`);
    assert.equal(other.status, 404);
  });

  test('STAFF cannot add or verify domains; another tenant’s store is 404', async () => {
    const owner = await newMerchantWithStore(server);
    const staffEmail = `staff-${randomBytes(4).toString('hex')}@example.test`;
    await owner.client.call('POST', '/api/users', {
      email: staffEmail,
      password: 'staff-password',
      role: 'STAFF',
    });
    const staff = await anonymous(server).auth.login({ email: staffEmail, password: 'staff-password' });
    const denied = await owner.client
      .as(staff.accessToken)
      .raw('POST', `/api/stores/${owner.store.id}/domains`, { hostname: unique('staff') });
    assert.equal(denied.status, 403);
    const stranger = await newMerchant(server);
    const hidden = await stranger.client.raw('GET', `/api/stores/${owner.store.id}/domains`);
    assert.equal(hidden.status, 404);
    const bad = await owner.client.raw('POST', `/api/stores/${owner.store.id}/domains`, {
      hostname: 'not a host',
    });
    assert.equal(bad.status, 400);
  });
});

describe('TLS ask endpoint (for Caddy on-demand TLS)', () => {
  test("yes for an active store's platform subdomain, no for unknown, archived or malformed names", async () => {
    const { client, store } = await newMerchantWithStore(server);
    assert.equal(await ask(store.domain), 200);
    assert.equal(await ask(store.domain.toUpperCase()), 200, 'hostnames are case-insensitive');
    assert.equal(await ask(unique('nobody')), 404);
    assert.equal(await ask('not a host'), 400);
    assert.equal((await anonymous(server).raw('GET', '/api/tls/ask')).status, 400);
    await client.stores.delete(store.id); // archives it
    assert.equal(await ask(store.domain), 404);
  });
});
