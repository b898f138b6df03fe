// A throwaway full stack with the demo stores, for screenshots and Lighthouse:
// `node --import tsx scripts/demo-stack.ts` prints the web port and runs until stopped.
import { seedDemo } from '../../api/src/seed/demo.ts';
import { startStack } from '../test/harness.ts';

const stack = await startStack();
await seedDemo(stack.api.platform, stack.api.url); // demo stores, themes and catalog
console.log(`READY web=${stack.web.port} api=${stack.api.url}`);
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
