// The real API with the demo stores on a fresh test database, for the app's tests, screenshots
// and `npm run mobile:web` demos: `node --import tsx scripts/api-stack.mts` prints
// `READY api=<url> expo=<url>` and runs until stopped (SIGTERM/SIGINT drop the database). Order
// updates go to a local server speaking Expo's push protocol (a GET on it lists what it received).
import { seedDemo } from '../../api/src/seed/demo.ts';
import { startExpoPushService } from '../../api/test/expo-push-service.ts';
import { startTestServer } from '../../api/test/server.ts';

const extra = process.env.API_STACK_CONFIG ? JSON.parse(process.env.API_STACK_CONFIG) : {};
const expo = await startExpoPushService();
const api = await startTestServer({ deliveryPollMs: 200, expoPush: { url: expo.url }, ...extra });
await seedDemo(api.platform, api.url);
console.log(`READY api=${api.url} expo=${expo.url}`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await api.close();
  await expo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('disconnect', stop);
