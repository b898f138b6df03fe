import { randomBytes } from 'node:crypto';
import { type RunningServer, startServer } from '../src/boot.ts';
import { type AppConfig, loadConfig } from '../src/platform/config.ts';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './database.ts';

/** argon2id at its minimum cost: tests keep no real password, and full cost is a second a hash. */
export const TEST_PASSWORD_HASHING = { memoryKib: 1024, iterations: 1 };

export type TestServer = RunningServer & { database: TestDatabase; config: AppConfig };

/**
 * The real API on a port of its own, over a fresh database on the real PostgreSQL and the real
 * Redis (keys under a prefix of its own). `redis: false` runs the in-process adapters instead.
 */
/** What the API fixtures need of a server: where it answers (an in-process server or a spawned one). */
export type ApiServer = Pick<TestServer, 'url'>;

export async function startTestServer(
  overrides: Partial<AppConfig> & { redis?: boolean; database?: TestDatabase } = {},
): Promise<TestServer> {
  const { redis = true, database: given, ...configOverrides } = overrides;
  const database = given ?? (await createTestDatabase());
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    databaseUrl: database.url,
    redisUrl: redis ? TEST_REDIS_URL : undefined,
    redisPrefix: `test:${randomBytes(6).toString('hex')}:`,
    logLevel: 'silent',
    seedDemo: false,
    passwordHashing: TEST_PASSWORD_HASHING,
    ...configOverrides,
  };
  const running = await startServer(config, { jwtSecret: randomBytes(32).toString('hex') });
  return {
    ...running,
    database,
    config,
    async close() {
      await running.close();
      if (!given) await database.drop();
    },
  };
}
