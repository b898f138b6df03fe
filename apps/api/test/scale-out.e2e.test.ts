import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { apiUrl, type Child, startChild } from './child-process.ts';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './database.ts';
import { raceForTheLastUnits, stockChangeReachesStream } from './scale-out-checks.ts';

// The scale-out shape of a deployment (docs/scaling.md): two API processes behind a balancer and
// one worker, on one database and one Redis, as separate processes started like `npm start` and
// `npm run worker`. A race for the last units, split across both APIs, oversells nothing; a stock
// change made through one API reaches a shopper streaming availability from the other. (What the
// worker delivers on its own is test/worker-process.e2e.test.ts.)
let database: TestDatabase;
let children: Child[] = [];
let a: { url: string };
let b: { url: string };

before(async () => {
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `test:${randomBytes(6).toString('hex')}:`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    RUN_JOBS: '0',
    PORT: '0',
  };
  children = [startChild('main', env), startChild('main', env), startChild('worker', env)];
  const [first, second, worker] = children as [Child, Child, Child];
  [a, b] = [{ url: await apiUrl(first) }, { url: await apiUrl(second) }];
  await worker.waitFor(/Ventory worker running/);
});

after(async () => {
  await Promise.all(children.map((c) => c.stop()));
  await database?.drop();
});

describe('two API processes and one worker on one database', () => {
  test('40 shoppers, half on each API, race for 10 units: exactly 10 orders, nothing oversold', () =>
    raceForTheLastUnits([a, b], 40));

  test('a stock change through API A reaches an SSE client of API B', () => stockChangeReachesStream(a, b));
});
