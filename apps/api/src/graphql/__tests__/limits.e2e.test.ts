import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getIntrospectionQuery } from 'graphql';
import { anonymous, newMerchant, newMerchantWithStore } from '../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';

type GqlError = {
  message: string;
  extensions?: { code?: string; cost?: number; limit?: number; depth?: number };
};
type GqlResult<T = unknown> = { data?: T; errors?: GqlError[] };

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const post = async <T = unknown>(
  s: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) => {
  const client = token ? anonymous(s).as(token) : anonymous(s);
  return client.raw<GqlResult<T>>('POST', '/graphql', { query, variables });
};

/** `categories(domain) { children { children { … name } } }` with `levels` selection levels in all. */
const nestedCategories = (levels: number) =>
  `query($d: String!) { categories(domain: $d) { ${'children { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`;

describe('GraphQL depth and cost limits', () => {
  test('a query nested deeper than the limit is refused before it runs, fragments included', async () => {
    const { store } = await newMerchantWithStore(server);
    const deep = await post(server, nestedCategories(11), { d: store.domain });
    assert.equal(deep.status, 400);
    assert.equal(deep.body.data, undefined);
    const [error] = deep.body.errors ?? [];
    assert.match(error?.message ?? '', /nested 11 levels deep; the limit is 10/);
    assert.equal(error?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');

    // The limit is GRAPHQL_MAX_DEPTH: at 4, four levels run and five are refused.
    const shallow = await startTestServer({
      runJobs: false,
      graphqlLimits: { maxDepth: 4, maxCost: 20_000 },
    });
    try {
      const { store: s } = await newMerchantWithStore(shallow);
      const four = await post(shallow, nestedCategories(4), { d: s.domain });
      assert.equal(four.status, 200, JSON.stringify(four.body));
      assert.deepEqual(four.body, { data: { categories: [] } });
      const five = await post(shallow, nestedCategories(5), { d: s.domain });
      assert.equal(five.status, 400);
      assert.match(five.body.errors?.[0]?.message ?? '', /nested 5 levels deep; the limit is 4/);
    } finally {
      await shallow.close();
    }

    // Fragments do not hide depth.
    const viaFragments = await post(
      server,
      `query($d: String!) { categories(domain: $d) { ...A } }
       fragment A on Category { children { ...B } }
       fragment B on Category { children { children { children { children { children { children { children { children { name } } } } } } } } }`,
      { d: store.domain },
    );
    assert.equal(viaFragments.status, 400);
    assert.match(viaFragments.body.errors?.[0]?.message ?? '', /levels deep/);
  });

  test('a query that may return too much is refused with its cost; variables count', async () => {
    const { store } = await newMerchantWithStore(server);
    const query = `query($d: String!, $n: Int!, $r: Int!) {
      catalog(domain: $d, limit: $n) { total data { id title reviews(limit: $r) { rating content customerName } variants { id sku } } }
    }`;
    const cheap = await post(server, query, { d: store.domain, n: 20, r: 3 });
    assert.equal(cheap.status, 200, JSON.stringify(cheap.body));
    assert.equal(cheap.body.errors, undefined);

    const costly = await post(server, query, { d: store.domain, n: 100, r: 100 });
    assert.equal(costly.status, 400);
    const [error] = costly.body.errors ?? [];
    assert.equal(error?.extensions?.code, 'QUERY_TOO_COSTLY');
    assert.equal(error?.extensions?.limit, 20_000);
    assert.ok((error?.extensions?.cost ?? 0) > 20_000);
    assert.match(error?.message ?? '', /above the limit of 20000/);

    // Aliases multiply work: eighty copies of a modest page are refused too.
    const aliased = Array.from(
      { length: 80 },
      (_, i) => `a${i}: catalog(domain: $d, limit: 100) { data { id title } }`,
    );
    const many = await post(server, `query($d: String!) { ${aliased.join(' ')} }`, { d: store.domain });
    assert.equal(many.status, 400);
    assert.equal(many.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COSTLY');
  });

  test('introspection (as tools send it) still works', async () => {
    const res = await post<{ __schema: { types: unknown[] } }>(server, getIntrospectionQuery());
    assert.equal(res.status, 200, JSON.stringify(res.body.errors));
    assert.ok((res.body.data?.__schema.types.length ?? 0) > 50);
  });
});

describe('GraphQL under the REST rate limits', () => {
  test('the per-IP limit is one budget for REST and GraphQL (5/min: the sixth request is 429)', async () => {
    const limited = await startTestServer({ runJobs: false, rateLimitPerMinute: 5 });
    try {
      const shop = anonymous(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 2; i++)
        statuses.push((await shop.raw('GET', '/api/storefront/nobody.localhost/settings')).status);
      for (let i = 0; i < 3; i++) statuses.push((await post(limited, '{ _health }')).status);
      assert.deepEqual(statuses, [404, 404, 200, 200, 200]);
      const refused = await post(limited, '{ _health }');
      assert.equal(refused.status, 429);
      assert.equal(refused.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.equal((await shop.raw('GET', '/api/storefront/nobody.localhost/settings')).status, 429);
    } finally {
      await limited.close();
    }
  });

  test('admin GraphQL spends the tenant budget like admin REST; other tenants are unaffected', async () => {
    const limited = await startTestServer({ runJobs: false, tenantRateLimitPerMinute: 4 });
    try {
      const a = await newMerchant(limited, 'A');
      const b = await newMerchant(limited, 'B');
      const token = a.session.accessToken;
      await a.client.stores.list(); // one REST admin request
      const answers: number[] = [];
      for (let i = 0; i < 3; i++)
        answers.push((await post(limited, '{ stores { total } }', {}, token)).status);
      assert.deepEqual(answers, [200, 200, 200]);
      const refused = await post(limited, '{ stores { total } }', {}, token);
      assert.equal(refused.status, 429);
      assert.equal(refused.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.equal((await a.client.raw('GET', '/api/stores')).status, 429, 'REST shares the budget');
      const other = await post<{ stores: { total: number } }>(
        limited,
        '{ stores { total } }',
        {},
        b.session.accessToken,
      );
      assert.equal(other.status, 200);
      assert.equal(other.body.data?.stores.total, 0);
      // Storefront (anonymous) GraphQL is not a tenant's admin traffic, as on REST.
      assert.equal((await post(limited, '{ _health }')).status, 200);
    } finally {
      await limited.close();
    }
  });
});
