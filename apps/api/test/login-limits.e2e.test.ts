import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createLoginThrottle } from '../src/platform/auth/login-throttle.ts';
import { DomainError } from '../src/platform/errors.ts';
import { createRedis, waitForRedis } from '../src/platform/kv/redis.ts';
import { TEST_REDIS_URL } from './database.ts';
import { anonymous, newMerchant, newMerchantWithStore } from './fixtures.ts';
import { startTestServer, type TestServer } from './server.ts';

/**
 * Failed logins are limited per account (a merchant's email; a shopper's store and email) with a
 * lock that grows, under a much higher per-address ceiling: people behind one address (an office,
 * a school, a carrier's NAT) do not lock each other out.
 */
let server: TestServer;
const CEILING = 25;
before(async () => {
  server = await startTestServer({ loginFailuresPerIp: CEILING });
});
after(() => server.close());

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
const merchantLogin = (email: string, password: string, ip: string) =>
  anonymous(server).raw('POST', '/api/auth/login', { email, password }, from(ip));

describe('merchant logins', () => {
  test("account A's ten failures lock A (429, Retry-After) but not B on the same address", async () => {
    const ip = '10.1.0.1';
    const a = await newMerchant(server);
    const b = await newMerchant(server);
    for (let i = 0; i < 10; i++) assert.equal((await merchantLogin(a.email, `wrong ${i}`, ip)).status, 401);

    const locked = await merchantLogin(a.email, a.password, ip);
    assert.equal(locked.status, 429);
    assert.equal((locked.body as { code: string }).code, 'RATE_LIMITED');
    assert.ok(Number(locked.headers.get('retry-after')) > 60, 'locked for minutes, not seconds');
    // The lock is the account's: another address does not get around it.
    assert.equal((await merchantLogin(a.email, a.password, '10.1.0.2')).status, 429);

    const other = await merchantLogin(b.email, b.password, ip);
    assert.equal(other.status, 200, JSON.stringify(other.body));
    // B's own typos are counted for B alone and a correct password clears them.
    assert.equal((await merchantLogin(b.email, 'typo', ip)).status, 401);
    assert.equal((await merchantLogin(b.email, b.password, ip)).status, 200);
  });

  test('the per-address ceiling still applies, to every account from that address only', async () => {
    const ip = '10.2.0.1';
    const victims = await Promise.all([newMerchant(server), newMerchant(server), newMerchant(server)]);
    const fresh = await newMerchant(server);
    // A spray: a few guesses at each of many accounts, none of them reaching its own lock.
    let failures = 0;
    for (const v of victims)
      for (let i = 0; i < 8 && failures < CEILING; i++, failures++)
        assert.equal((await merchantLogin(v.email, `spray ${i}`, ip)).status, 401);
    for (let i = 0; failures < CEILING; i++, failures++)
      assert.equal((await merchantLogin(`nobody-${i}@x.test`, 'spray', ip)).status, 401);

    const blocked = await merchantLogin(fresh.email, fresh.password, ip);
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    assert.equal((await merchantLogin(fresh.email, fresh.password, '10.2.0.2')).status, 200);
  });
});

describe('shopper logins', () => {
  test('per store and email: one shopper locked, a neighbour and the same email elsewhere are not', async () => {
    const ip = '10.3.0.1';
    const one = await newMerchantWithStore(server);
    const two = await newMerchantWithStore(server);
    const register = async (domain: string, email: string) => {
      const res = await anonymous(server).raw('POST', `/api/storefront/${domain}/customers`, {
        email,
        password: 'right password',
        firstName: 'S',
        lastName: 'H',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    };
    const login = (domain: string, email: string, password: string) =>
      anonymous(server).raw('POST', `/api/storefront/${domain}/auth/login`, { email, password }, from(ip));
    const email = `same-${randomBytes(3).toString('hex')}@x.test`;
    await register(one.store.domain, email);
    await register(one.store.domain, `neighbour-${email}`);
    await register(two.store.domain, email);

    for (let i = 0; i < 10; i++)
      assert.equal((await login(one.store.domain, email, `guess ${i}`)).status, 401);
    const locked = await login(one.store.domain, email, 'right password');
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('retry-after')) > 0);

    assert.equal((await login(one.store.domain, `neighbour-${email}`, 'right password')).status, 200);
    assert.equal((await login(two.store.domain, email, 'right password')).status, 200);
  });
});

describe('the lock grows', () => {
  test('each further lock of an account within a day lasts twice as long', async () => {
    const redis = createRedis(TEST_REDIS_URL);
    await waitForRedis(redis);
    const throttle = createLoginThrottle(
      { accountFailures: 2, ipFailures: 1000, windowSeconds: 60, lockSeconds: 1, maxLockSeconds: 3600 },
      redis,
      `test:${randomBytes(6).toString('hex')}:`,
    );
    const lockFor = async () => {
      const err = await throttle.check('acct', '10.4.0.1').then(
        () => null,
        (e: unknown) => e,
      );
      assert.ok(err instanceof DomainError && err.code === 'RATE_LIMITED', 'locked');
      return Number(err.details.retryAfterSeconds);
    };
    try {
      await throttle.failed('acct', '10.4.0.1');
      await throttle.check('acct', '10.4.0.1'); // one failure: not locked yet
      await throttle.failed('acct', '10.4.0.1');
      const first = await lockFor();
      assert.ok(first > 0 && first <= 1, `first lock ${first}s`);
      await new Promise((r) => setTimeout(r, first * 1000 + 100));
      await throttle.check('acct', '10.4.0.1'); // the lock ended
      await throttle.failed('acct', '10.4.0.1');
      await throttle.failed('acct', '10.4.0.1');
      const second = await lockFor();
      assert.ok(second > 1 && second <= 2, `second lock ${second}s`);
      await throttle.succeeded('acct');
      await throttle.check('acct', '10.4.0.1'); // a correct password (after the lock) clears it
    } finally {
      redis.disconnect();
    }
  });
});
