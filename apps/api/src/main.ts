import cluster from 'node:cluster';
import { superviseApiWorkers } from './api-workers.ts';
import { startServer } from './boot.ts';
import { loadConfig } from './platform/config.ts';
import { seedDemo, writeDemoSummary } from './seed/demo.ts';

const config = loadConfig();

/** One API process: HTTP (and the jobs when RUN_JOBS), the demo seed when asked. */
async function serve() {
  const running = await startServer(config, { seed: config.seedDemo ? seedDemo : undefined });
  if (config.seedDemo) await writeDemoSummary(running.platform);
  if (cluster.isPrimary) running.platform.logger.info({ url: running.url }, 'Ventory Commerce API listening');
  return () => running.close();
}

let stop: () => Promise<void>;
try {
  stop = cluster.isPrimary && config.apiWorkers > 1 ? await superviseApiWorkers(config) : await serve();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  // `on`, not `once`: tsx's preflight re-raises a signal that has no other listener left.
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`shutting down (${signal}): finishing in-flight requests`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await stop();
    process.exit(0);
  });
}
