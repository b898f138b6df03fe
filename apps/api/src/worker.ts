import { startJobWorker } from './job-worker.ts';
import { loadConfig } from './platform/config.ts';

// `npm run worker`: the background side alone, for deployments that scale API processes out and
// run them with RUN_JOBS=0. Needs DATABASE_URL.
const config = loadConfig();
if (!config.databaseUrl) {
  console.error('The worker needs DATABASE_URL (the database the API processes use).');
  process.exit(1);
}
const worker = await startJobWorker({ ...config, databaseUrl: config.databaseUrl });
worker.platform.logger.info({ jobs: [...worker.platform.jobs.jobs.keys()] }, 'Ventory worker running');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    worker.platform.logger.info({ signal }, 'worker shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await worker.stop();
    process.exit(0);
  });
}
