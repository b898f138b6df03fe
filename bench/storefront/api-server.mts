// The real API, as `npm run start:api` runs it (API_WORKERS processes), printing its URL for the
// benchmark driver.
import cluster from 'node:cluster';
import { superviseApiWorkers } from '../../apps/api/src/api-workers.ts';
import { startServer } from '../../apps/api/src/boot.ts';
import { loadConfig } from '../../apps/api/src/platform/config.ts';

const config = loadConfig();
if (cluster.isPrimary && config.apiWorkers > 1) {
  const stop = await superviseApiWorkers(config);
  console.log(`API_URL=http://127.0.0.1:${config.port}`);
  process.once('SIGTERM', async () => {
    await stop();
    process.exit(0);
  });
} else {
  const running = await startServer(config);
  if (cluster.isPrimary) console.log(`API_URL=${running.url}`);
  process.once('SIGTERM', async () => {
    await running.close();
    process.exit(0);
  });
}
