import { startServer } from './boot.ts';
import { loadConfig } from './platform/config.ts';
import { seedDemo } from './seed/demo.ts';

const config = loadConfig();
const running = await startServer(config, { seed: config.seedDemo ? seedDemo : undefined });
running.platform.logger.info({ url: running.url }, 'Ventory Commerce API listening');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    running.platform.logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await running.close();
    process.exit(0);
  });
}
