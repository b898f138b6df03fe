import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports.ts';

const run = promisify(execFile);

/** The PostgreSQL binaries of the machine (Debian layout), newest major first. */
function binDir(): string {
  for (const major of ['17', '16', '15', '14']) {
    const dir = `/usr/lib/postgresql/${major}/bin`;
    if (existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
}

export type ThrowawayCluster = {
  url: string;
  port: number;
  dir: string;
  /** pg_ctl stop -m fast: every session ends with 57P01 (admin shutdown). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** pg_ctl restart -m fast. */
  restart(): Promise<void>;
  /** Stops it (immediate) and deletes its files. */
  destroy(): Promise<void>;
};

/**
 * A PostgreSQL cluster of its own on a free port, for fault tests that stop and restart the
 * database (never the shared server on 5432). As root, the cluster belongs to `postgres`.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(tmpdir(), 'ventory-pgfault-'));
  const data = path.join(dir, 'data');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(dir, 0o700);
  const as = (cmd: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args])
      : run(path.join(bin, cmd), args);
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const ctl = (...args: string[]) => as('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), ...args]);
  await ctl('start', '-w', '-o', options);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop: async () => void (await ctl('stop', '-m', 'fast', '-w')),
    start: async () => void (await ctl('start', '-w', '-o', options)),
    restart: async () => void (await ctl('restart', '-m', 'fast', '-w', '-o', options)),
    async destroy() {
      await ctl('stop', '-m', 'immediate', '-w').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
