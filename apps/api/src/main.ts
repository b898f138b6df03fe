import { startServer } from './boot.ts';
import { loadConfig } from './platform/config.ts';
import { seedDemo, writeDemoSummary } from './seed/demo.ts';

const config = loadConfig();
const running = await startServer(config, { seed: config.seedDemo ? seedDemo : undefined });
if (config.seedDemo) await writeDemoSummary(running.platform);
running.platform.logger.info({ url: running.url }, 'Ventory Commerce API listening');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // `on`, not `once`: tsx's preflight re-raises a signal that has no other listener left.
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    running.platform.logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await running.close();
    process.exit(0);
  });
}
