import cluster, { type Worker } from 'node:cluster';
import { databaseUrl } from './boot.ts';
import { startJobWorker } from './job-worker.ts';
import type { AppConfig } from './platform/config.ts';

const RESTART_DELAY_MS = 1000;

/**
 * API_WORKERS above 1: this process starts the database (embedded if needed), runs the
 * background jobs once, and keeps `count` HTTP processes on one port (node:cluster hands each
 * new connection to the next process). Redis is what makes them one API: shared rate limits,
 * cache coherence and the stock stream's fan-out. A process that dies is started again.
 */
export async function superviseApiWorkers(config: AppConfig) {
  if (!config.redisUrl)
    throw new Error(
      `API_WORKERS=${config.apiWorkers} needs REDIS_URL: processes share rate limits, cache invalidations and live stock through Redis. Set REDIS_URL, or API_WORKERS=1.`,
    );
  const database = await databaseUrl(config, (m) => console.log(m));
  const jobs = await startJobWorker({ ...config, databaseUrl: database.url });
  const { logger } = jobs.platform;
  let stopping = false;

  const fork = (index: number): Worker => {
    const worker = cluster.fork({
      DATABASE_URL: database.url,
      API_WORKERS: '1',
      RUN_JOBS: '0',
      // One process seeds the demo stores (and prints their summary).
      SEED_DEMO: index === 0 && config.seedDemo ? '1' : '0',
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ index, code, signal }, `API process ${index} stopped; starting it again`);
      setTimeout(() => fork(index), RESTART_DELAY_MS).unref();
    });
    return worker;
  };
  const workers = Array.from({ length: config.apiWorkers }, (_, i) => fork(i));
  const [address] = await Promise.all(
    workers.map((w) => new Promise<{ port: number }>((resolve) => w.once('listening', resolve))),
  );
  const url = `http://127.0.0.1:${address?.port}`;
  logger.info({ url, processes: config.apiWorkers }, 'Ventory Commerce API listening');

  return async function stop() {
    stopping = true;
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (w) =>
          new Promise<void>((resolve) => {
            if (!w || w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
    await jobs.stop();
    await database.stop();
  };
}
