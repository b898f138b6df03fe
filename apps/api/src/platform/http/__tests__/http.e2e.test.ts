import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { anonymous, newMerchant, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { DOCS_BUNDLE_PATH } from '../docs.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

let server: TestServer;
before(async () => {
  server = await startTestServer({ bodyLimit: '10kb' });
});
after(() => server.close());

const isProblem = (res: { headers: Headers; body: unknown }, status: number, code?: string) => {
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  const body = res.body as { status: number; code: string; title: string; detail: string; type: string };
  assert.equal(body.status, status);
  assert.ok(body.title && body.detail && body.type);
  if (code) assert.equal(body.code, code);
  return body;
};

describe('HTTP edge', () => {
  test('unknown routes are problem+json 404', async () => {
    const res = await anonymous(server).raw('GET', '/api/nope');
    assert.equal(res.status, 404);
    isProblem(res, 404, 'ROUTE_NOT_FOUND');
  });

  test('a route matches as Express matched it: in any case, with a trailing slash, for HEAD, with its parameters decoded', async () => {
    const { store } = await newMerchantWithStore(server);
    const shopper = anonymous(server);
    const settings = `/api/storefront/${store.domain}/settings`;
    for (const path of [
      settings,
      settings.toUpperCase().replace(store.domain.toUpperCase(), store.domain),
      `${settings}/`,
    ])
      assert.equal((await shopper.raw('GET', path)).status, 200, path);
    const head = await fetch(server.url + settings, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    // A percent-encoded slug reaches the route decoded: the product is looked up, and not found.
    const missing = await shopper.raw('GET', `/api/storefront/${store.domain}/products/no%20such%2Fthing`);
    isProblem(missing, 404, 'NOT_FOUND');
    // A long parameter is the route's to judge, not a missing route.
    const long = await shopper.raw('GET', `/api/storefront/${store.domain}/products/${'x'.repeat(1000)}`);
    assert.notEqual((long.body as { code?: string }).code, 'ROUTE_NOT_FOUND');
    // A method the path has no route for is a missing route.
    isProblem(await shopper.raw('PATCH', settings, {}), 404, 'ROUTE_NOT_FOUND');
  });

  test('malformed JSON is 400 and leaks nothing', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw('POST', '/api/stores', '{"name": ');
    assert.equal(res.status, 400);
    const body = isProblem(res, 400, 'MALFORMED_JSON');
    assert.doesNotMatch(JSON.stringify(body), /SyntaxError|at JSON|node_modules/);
  });

  test('a body over the limit is 413', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw('POST', '/api/stores', { name: 'x'.repeat(20_000) });
    assert.equal(res.status, 413);
    isProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  test('unknown fields on admin endpoints are 400', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw('POST', '/api/stores', { name: 'Shop', isAdmin: true });
    assert.equal(res.status, 400);
    assert.deepEqual(
      (isProblem(res, 400) as unknown as { errors: Array<{ path: string }> }).errors.map((e) => e.path),
      ['(root)'],
    );
  });

  test('ids that are not UUIDs are 404/400, never 500', async () => {
    const { client } = await newMerchant(server);
    for (const path of ['/api/stores/1', "/api/stores/'%20or%201=1", '/api/stores/not-a-uuid/themes']) {
      const res = await client.raw('GET', path);
      assert.ok([400, 404].includes(res.status), `${path} → ${res.status}`);
    }
  });

  test('security headers: nosniff, CSP, no X-Powered-By, a request id', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(res.headers.get('x-powered-by'), null);
    assert.ok(res.headers.get('x-request-id'));
    // The docs page has a policy of its own (below); the rest of the API keeps helmet's.
    const json = await fetch(`${server.url}/api/openapi.json`);
    assert.match(json.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.notEqual(json.headers.get('content-security-policy'), res.headers.get('content-security-policy'));
  });

  test('/health and /ready', async () => {
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
    const ready = await fetch(`${server.url}/ready`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', database: true, redis: true });
  });

  test('the OpenAPI document covers every mounted route', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const { spec } of server.routes) {
      const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[spec.method], `${spec.method} ${path} missing`);
    }
    const create = doc.paths['/api/stores']?.post as {
      requestBody: { content: Record<string, { schema: { properties: object } }> };
    };
    const schema = create.requestBody.content['application/json']?.schema;
    assert.ok(schema && 'domain' in schema.properties);
  });

  test('every operation documents what it answers; a declared schema is its success body', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    // A body (JSON or another media type), a 204 or a 302 with its Location.
    const undocumented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(
          ([, op]) =>
            !Object.entries(op.responses).some(
              ([status, r]) => status === '204' || status === '302' || (status < '300' && r.content),
            ),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    assert.deepEqual(undocumented, []);
    for (const { spec } of server.routes.filter((d) => d.spec.response)) {
      const op = doc.paths[spec.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[spec.method];
      const success = Object.entries(op?.responses ?? {}).find(([status]) => status < '300');
      assert.ok(success?.[1].content, `${spec.method} ${spec.path} declares a response but documents none`);
    }
  });
});

describe('API reference (/api/docs)', () => {
  test('the page loads the renderer from this API, with a policy that allows no other origin', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /https?:|unsafe-eval/);
    const html = await res.text();
    assert.ok(
      html.includes(`<script src="${DOCS_BUNDLE_PATH}"></script>`),
      'the page references the local bundle',
    );
    assert.ok(html.includes('data-url="/api/openapi.json"'));
    assert.doesNotMatch(html, /<script[^>]+src="(https?:)?\/\//, 'no script from another origin');

    const bundle = await fetch(`${server.url}${DOCS_BUNDLE_PATH}`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /^application\/javascript/);
    assert.match(bundle.headers.get('cache-control') ?? '', /immutable/);
    assert.ok((await bundle.arrayBuffer()).byteLength > 1_000_000);
  });

  test('Chromium renders the document: operations, and a response body with its fields', async () => {
    type Op = {
      summary: string;
      tags: string[];
      responses: Record<string, { content?: Record<string, Shape> }>;
    };
    type Shape = { schema: { properties?: Record<string, unknown> } };
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Op>>;
    };
    const ops = Object.values(doc.paths).flatMap((o) => Object.values(o));
    const first = ops[0]?.summary;
    // An operation whose success body is documented, and one of that body's fields.
    const withBody = ops.find(
      (op) => Object.keys(op.responses['200']?.content?.['application/json']?.schema.properties ?? {}).length,
    );
    const field = Object.keys(
      withBody?.responses['200']?.content?.['application/json']?.schema.properties ?? {},
    )[0];
    assert.ok(first && withBody?.tags[0] && field);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(`${server.url}/api/docs`);
      // The document is large (every route): rendering it takes seconds on a busy machine.
      await page.getByText(first, { exact: true }).first().waitFor({ timeout: 90_000 });
      await page.getByText(withBody.tags[0], { exact: true }).first().click();
      await page.getByText(withBody.summary, { exact: true }).first().click();
      // The operation's own section shows the success body's example, field by field.
      const heading = page.getByRole('heading', { name: withBody.summary, exact: true });
      const section = heading.locator('xpath=ancestor::section[1]');
      await section.getByText(`"${field}"`).first().waitFor({ timeout: 60_000 });
      assert.deepEqual(violations, []);
      assert.deepEqual(foreign, []);
    } finally {
      await browser.close();
    }
  });
});

describe('auth', () => {
  test('no token, a bad token and a malformed header are 401', async () => {
    const anon = anonymous(server);
    assert.equal((await anon.raw('GET', '/api/stores')).status, 401);
    assert.equal((await anon.raw('GET', '/api/stores', undefined, { token: 'nope' })).status, 401);
    const malformed = await anon.raw('GET', '/api/stores', undefined, {
      headers: { authorization: 'Basic abc' },
    });
    isProblem(malformed, 401);
  });

  test('login, refresh rotation and logout', async () => {
    const { email, password } = await newMerchant(server);
    const anon = anonymous(server);
    const wrong = await anon.raw('POST', '/api/auth/login', { email, password: 'wrong-password' });
    isProblem(wrong, 401);
    const session = await anon.auth.login({ email: email.toUpperCase(), password });
    assert.ok(session.accessToken && session.refreshToken && session.tenant.id);

    const rotated = await anon.auth.refresh(session.refreshToken);
    assert.notEqual(rotated.refreshToken, session.refreshToken);
    assert.equal((await anon.as(rotated.accessToken).raw('GET', '/api/stores')).status, 200);
    // The spent token is gone: rotation means one use.
    assert.equal(
      (await anon.raw('POST', '/api/auth/refresh', { refreshToken: session.refreshToken })).status,
      401,
    );

    await anon.auth.logout(rotated.refreshToken);
    assert.equal(
      (await anon.raw('POST', '/api/auth/refresh', { refreshToken: rotated.refreshToken })).status,
      401,
    );
  });

  test('signup validates and refuses a taken email', async () => {
    const anon = anonymous(server);
    const bad = await anon.raw('POST', '/api/auth/signup', {
      tenantName: '',
      email: 'nope',
      password: 'short',
    });
    assert.equal(bad.status, 400);
    const paths = (bad.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['email', 'password', 'tenantName']);
    const { email } = await newMerchant(server);
    const dup = await anon.raw('POST', '/api/auth/signup', {
      tenantName: 'Again',
      email,
      password: 'long-enough-pw',
    });
    isProblem(dup, 409, 'DUPLICATE_EMAIL');
  });

  test('a shopper token is 401 on admin endpoints', async () => {
    const { store, tenantId } = await newMerchantWithStore(server);
    const shopperToken = await server.platform.tokens.signShopper({
      customerId: crypto.randomUUID(),
      tenantId,
      storeId: store.id,
    });
    const res = await anonymous(server).raw('GET', '/api/stores', undefined, { token: shopperToken });
    isProblem(res, 401);
  });

  test('ten failed logins for an email are 429 with Retry-After, even with the right password', async () => {
    const { email, password } = await newMerchant(server);
    const anon = anonymous(server);
    for (let i = 0; i < 10; i++) {
      const res = await anon.raw(
        'POST',
        '/api/auth/login',
        { email, password: `wrong-${i}` },
        { headers: { 'x-forwarded-for': `10.0.0.${i}` } },
      );
      assert.equal(res.status, 401);
    }
    const blocked = await anon.raw('POST', '/api/auth/login', { email, password });
    isProblem(blocked, 429, 'RATE_LIMITED');
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  });
});

describe('GraphQL', () => {
  const gql = (token: string | undefined, query: string, variables?: object) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as {
        data?: Record<string, unknown>;
        errors?: Array<{ extensions: { code: string } }>;
      },
    }));

  test('stores through GraphQL, scoped to the token tenant', async () => {
    const a = await newMerchantWithStore(server, 'A');
    const b = await newMerchantWithStore(server, 'B');
    const mine = await gql(a.session.accessToken, '{ stores { total data { id name domain status } } }');
    assert.deepEqual(
      ((mine.body.data ?? {}).stores as unknown as { data: Array<{ id: string }> }).data.map((s) => s.id),
      [a.store.id],
    );
    const theirs = await gql(a.session.accessToken, 'query($id: ID!) { store(id: $id) { id name } }', {
      id: b.store.id,
    });
    assert.equal(theirs.body.errors?.[0]?.extensions.code, 'NOT_FOUND');
    const settings = await gql(
      undefined,
      'query($d: String!) { storefrontSettings(domain: $d) { name theme { isActive } } }',
      { d: b.store.domain },
    );
    assert.deepEqual(settings.body.data?.storefrontSettings, {
      name: b.store.name,
      theme: { isActive: true },
    });
  });

  test('errors carry extensions.code and hide internals', async () => {
    const none = await gql(undefined, '{ stores { total } }');
    assert.equal(none.body.errors?.[0]?.extensions.code, 'UNAUTHENTICATED');
    const bad = await gql('garbage', '{ stores { total } }');
    assert.equal(bad.status, 401);
    const { session } = await newMerchant(server);
    const invalid = await gql(session.accessToken, 'mutation { createStore(input: { name: "" }) { id } }');
    assert.equal(invalid.body.errors?.[0]?.extensions.code, 'VALIDATION_FAILED');
    const notUuid = await gql(session.accessToken, '{ store(id: "x") { id } }');
    assert.notEqual(notUuid.body.errors?.[0]?.extensions.code, 'INTERNAL');
  });
});
