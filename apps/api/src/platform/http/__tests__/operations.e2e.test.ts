import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anonymous, newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer } from '../../../../test/server.ts';

describe('operations', () => {
  test('the general per-IP limit answers 429 with Retry-After (Redis-backed)', async () => {
    const server = await startTestServer({ rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await anonymous(server).raw('GET', '/api/storefront/none.localhost/settings')).status);
      assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429]);
      const res = await anonymous(server).raw('GET', '/api/stores');
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      assert.equal((await fetch(`${server.url}/health`)).status, 200); // operations endpoints are not limited
    } finally {
      await server.close();
    }
  });

  test('in-process adapters (no REDIS_URL): rate limits and refresh tokens still work', async () => {
    const server = await startTestServer({ redis: false, rateLimitPerMinute: 50 });
    try {
      const { email, password } = await newMerchant(server);
      const session = await anonymous(server).auth.login({ email, password });
      const rotated = await anonymous(server).auth.refresh(session.refreshToken);
      assert.equal(
        (await anonymous(server).raw('POST', '/api/auth/refresh', { refreshToken: session.refreshToken }))
          .status,
        401,
      );
      assert.ok(rotated.accessToken);
      const ready = await (await fetch(`${server.url}/ready`)).json();
      assert.deepEqual(ready, { status: 'ready', database: true, redis: 'not configured' });
    } finally {
      await server.close();
    }
  });

  test('/ready is 503 "degraded" when Redis does not answer (the API still serves without it), /health 200', async () => {
    const server = await startTestServer({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
      const ready = await fetch(`${server.url}/ready`);
      assert.equal(ready.status, 503);
      const readiness = (await ready.json()) as {
        code: string;
        detail: string;
        database: boolean;
        redis: boolean;
      };
      assert.deepEqual([readiness.code, readiness.database, readiness.redis], ['NOT_READY', true, false]);
      assert.match(readiness.detail, /^Degraded: Redis/);
      // Storefront requests do not wait for it: the per-IP limit counts in-process meanwhile.
      assert.equal(
        (await anonymous(server).raw('GET', '/api/storefront/none.localhost/settings')).status,
        404,
      );
    } finally {
      await server.close();
    }
  });

  test('graceful shutdown: requests in flight when close() starts all complete', async () => {
    const server = await startTestServer();
    const { client } = await newMerchant(server);
    let arrived = 0;
    server.server.on('request', () => arrived++);
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      client.raw('POST', '/api/stores', { name: `Shop ${i}` }),
    );
    // Wait until every request has reached the server, then shut down under them.
    while (arrived < 20) await new Promise((r) => setTimeout(r, 1));
    const closing = server.close();
    const results = await Promise.allSettled(inFlight);
    await closing;
    const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value.status : 'failed'));
    assert.ok(
      statuses.every((s) => s === 201),
      `statuses: ${statuses.join(',')}`,
    );
  });
});
