// The real API with the demo stores on a fresh test database, for the app's tests, screenshots
// and `npm run mobile:web` demos: `node --import tsx scripts/api-stack.mts` prints
// `READY api=<url>` and runs until stopped (SIGTERM/SIGINT drop the database).
import { seedDemo } from '../../api/src/seed/demo.ts';
import { startTestServer } from '../../api/test/server.ts';

const extra = process.env.API_STACK_CONFIG ? JSON.parse(process.env.API_STACK_CONFIG) : {};
const api = await startTestServer(extra);
await seedDemo(api.platform, api.url);
console.log(`READY api=${api.url}`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await api.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('disconnect', stop);
