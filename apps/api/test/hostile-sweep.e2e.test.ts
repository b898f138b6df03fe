// Hostile input over every operation of the OpenAPI document: no answer may be a 5xx.
// Each operation is called with broken percent-encoding and NUL bytes in its path, NUL bytes and
// wrong types in its query and body, an offset past 2^31, an empty update and an over-long
// Idempotency-Key, as the store's owner (admin routes) or as a shopper signed in on the store's
// domain (storefront routes).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from './fixtures.ts';
import { startTestServer, type TestServer } from './server.ts';

type Operation = {
  method: string;
  path: string;
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
};
type JsonSchema = { properties?: Record<string, { type?: string | string[] }> };
type Attempt = { method: string; url: string; body?: string; headers?: Record<string, string> };

const NUL = '\u0000';

/** Every property of the body schema set to `value`, so each field's validator meets it. */
function bodyWith(op: Operation, value: unknown): string {
  const properties = op.requestBody?.content['application/json'].schema.properties ?? {};
  const entries = Object.keys(properties).map((name) => [name, value]);
  return JSON.stringify(Object.fromEntries(entries.length > 0 ? entries : [['field', value]]));
}

function attempts(op: Operation, fill: (param: string) => string): Attempt[] {
  const path = (value?: string) =>
    op.path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) => value ?? fill(name));
  const method = op.method.toUpperCase();
  const hasBody = !['GET', 'DELETE'].includes(method);
  const list: Attempt[] = [
    { method, url: path('%C3%28') },
    { method, url: path('a%00b') },
    { method, url: `${path()}?q=%00&limit=abc&offset=-1&sort=%C3%28&status=${'x'.repeat(5000)}` },
    // Valid, but past what a 32-bit integer holds: an offset far beyond the last row.
    { method, url: `${path()}?limit=100&offset=3000000000` },
  ];
  if (!hasBody) return list;
  const hostileBodies = [
    '{}',
    bodyWith(op, `x${NUL}y`),
    bodyWith(op, { nested: [NUL] }),
    bodyWith(op, 1e308),
    bodyWith(op, 'x'.repeat(20_000)),
    '[]',
    '"text"',
    '{"broken":',
  ];
  for (const body of hostileBodies) list.push({ method, url: path(), body });
  list.push({ method, url: path(), body: '{}', headers: { 'idempotency-key': 'k'.repeat(300) } });
  return list;
}

describe('hostile input sweep over every OpenAPI operation', () => {
  let server: TestServer;
  let ids: { token: string; shopperToken: string; storeId: string; domain: string };

  before(async () => {
    server = await startTestServer({ rateLimitPerMinute: 1_000_000, tenantRateLimitPerMinute: 1_000_000 });
    const merchant = await newMerchantWithStore(server, 'Sweep');
    const domain = merchant.store.domain ?? '';
    const shopper = await anonymous(server).account.register(domain, {
      email: `sweep-${randomUUID()}@example.test`,
      password: 'shopper password 1',
      firstName: 'Sweep',
      lastName: 'Shopper',
    });
    ids = {
      token: merchant.session.accessToken,
      shopperToken: shopper.accessToken,
      storeId: merchant.store.id,
      domain,
    };
  });
  after(() => server.close());

  test('no hostile request answers 5xx', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
    };
    const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ ...op, method, path })),
    );
    // Deletions last, so that the store and its token outlive the rest of the walk.
    operations.sort((a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'));
    const fill = (param: string) =>
      param === 'storeId' ? ids.storeId : param === 'domain' ? ids.domain : randomUUID();
    const offenders: string[] = [];
    let sent = 0;
    for (const op of operations) {
      for (const attempt of attempts(op, fill)) {
        const res = await fetch(`${server.url}${attempt.url}`, {
          method: attempt.method,
          headers: {
            // A storefront route answers a merchant's token with 401 before it reads anything.
            authorization: `Bearer ${op.path.startsWith('/api/storefront/') ? ids.shopperToken : ids.token}`,
            ...(attempt.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...attempt.headers,
          },
          body: attempt.body,
        });
        await res.arrayBuffer();
        sent++;
        if (res.status >= 500)
          offenders.push(
            `${res.status} ${attempt.method} ${attempt.url.slice(0, 120)} ${attempt.body?.slice(0, 80) ?? ''}`,
          );
      }
    }
    assert.ok(operations.length > 250, `only ${operations.length} operations in the document`);
    assert.deepEqual(offenders, [], `${offenders.length} of ${sent} hostile requests answered 5xx`);
  });
});
