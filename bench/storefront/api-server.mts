// The real API, as `npm run start:api` runs it, printing its URL for the benchmark driver.
import { startServer } from '../../apps/api/src/boot.ts';
import { loadConfig } from '../../apps/api/src/platform/config.ts';

const running = await startServer(loadConfig());
console.log(`API_URL=${running.url}`);
process.once('SIGTERM', async () => {
  await running.close();
  process.exit(0);
});
