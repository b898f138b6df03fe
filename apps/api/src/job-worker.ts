import { randomBytes } from 'node:crypto';
import { buildModules } from './composition/index.ts';
import type { AppConfig } from './platform/config.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { createPlatform } from './platform/platform.ts';

/**
 * The background side alone (event subscriptions, scheduled jobs, the email, webhook and push
 * queues), whatever RUN_JOBS says: `npm run worker`, and the supervising process of API_WORKERS.
 */
export async function startJobWorker(config: AppConfig & { databaseUrl: string }) {
  const platform = createPlatform({
    ...config,
    // The worker signs no tokens; a throwaway secret keeps the platform shape.
    jwtSecret: config.jwtSecret ?? randomBytes(32).toString('hex'),
  });
  await Promise.all([migrateToLatest(platform.db.kysely), platform.connect()]);
  const modules = buildModules(platform);
  await platform.jobRunner.start();
  return {
    platform,
    async stop() {
      await modules.stop();
      await platform.close();
    },
  };
}
