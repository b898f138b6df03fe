import { randomBytes } from 'node:crypto';
import { buildModules } from './composition/index.ts';
import { loadConfig } from './platform/config.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { createPlatform } from './platform/platform.ts';

// `npm run worker`: the background side alone (event subscriptions, scheduled jobs, the email,
// webhook and push queues), for deployments that scale API processes out and run them with
// RUN_JOBS=0. It runs all of it whatever RUN_JOBS says (it is what runs jobs). Needs DATABASE_URL.
const config = loadConfig();
if (!config.databaseUrl) {
  console.error('The worker needs DATABASE_URL (the database the API processes use).');
  process.exit(1);
}
const platform = createPlatform({
  ...config,
  databaseUrl: config.databaseUrl,
  // The worker signs no tokens; a throwaway secret keeps the platform shape.
  jwtSecret: config.jwtSecret ?? randomBytes(32).toString('hex'),
});
await Promise.all([migrateToLatest(platform.db.kysely), platform.connect()]);
const modules = buildModules(platform);
await platform.jobRunner.start();
platform.logger.info({ jobs: [...platform.jobs.jobs.keys()] }, 'Ventory worker running');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    platform.logger.info({ signal }, 'worker shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await modules.stop();
    await platform.close();
    process.exit(0);
  });
}
