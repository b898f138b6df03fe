import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';
import { runningPostmaster } from '../src/platform/db/embedded.ts';
import { apiUrl, type Child, startChild } from './child-process.ts';
import { anonymous } from './fixtures.ts';
import { freePort } from './ports.ts';
import type { TestServer } from './server.ts';
import { type CartBody, shop } from './shop.ts';

// The API on its embedded PostgreSQL (no DATABASE_URL, as `npm start` runs it), in a process of
// its own: the embedded server is stopped (fast shutdown), then restarted with pg_ctl from outside.

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let dataDir: string;
let child: Child | undefined;
after(async () => {
  await child?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function until(probe: () => Promise<boolean>, limitMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await probe().catch(() => false)) return Date.now();
    await sleep(50);
  }
  throw new Error(`not within ${limitMs} ms`);
}

test('the API on the embedded database survives its restarts and serves again', async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ventory-embedded-fault-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  child = startChild('main', {
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(port),
    PORT: '0',
    REDIS_URL: '',
  });
  const url = await apiUrl(child);
  const server = { url } as TestServer;
  const s = await shop(server, { price: '5.00', stock: 3 });
  const cart = await anonymous(server).call<CartBody>('POST', `${s.sf}/cart`, {
    items: [{ listingId: s.listing.id, quantity: 1 }],
  });
  const serving = async () => (await fetch(`${url}${s.sf}/cart/${cart.id}`)).status === 200;
  const dbUrl = `postgres://postgres:ventory-embedded@127.0.0.1:${port}/ventory`;
  const dbUp = async () => {
    const c = new pg.Client({ connectionString: dbUrl });
    c.on('error', () => {});
    await c.connect();
    await c.end();
    return true;
  };
  const meta = new pg.Client({ connectionString: dbUrl });
  await meta.connect();
  const dir = (
    await meta.query<{ setting: string }>("select setting from pg_settings where name = 'data_directory'")
  ).rows[0]?.setting as string;
  await meta.end();
  const first = runningPostmaster(dir) as number;
  assert.ok(first, 'a postmaster serves the cluster');
  const bin = path.dirname(await readlink(`/proc/${first}/exe`));

  // 1. The server stops (fast shutdown: every session gets 57P01); the API starts it again.
  const statuses: number[] = [];
  process.kill(first, 'SIGINT');
  const back = await until(async () => {
    const ready = await fetch(`${url}/ready`);
    statuses.push(ready.status);
    return (await dbUp()) === true;
  });
  const served = await until(serving);
  assert.ok(child.alive(), `the API died:\n${child.output()}`);
  console.log(`embedded: serving ${served - back} ms after the database was back`);
  assert.ok(served - back < 5000);
  assert.ok(statuses.includes(503), `/ready answered 503 while the database was away: ${statuses}`);
  assert.match(child.output(), /embedded PostgreSQL is not running: starting it again/);

  // 2. Restarted from outside with pg_ctl (as the cluster's owner).
  // (-l: a server started by pg_ctl would otherwise keep this test's pipes open for ever.)
  const log = path.join(dir, 'restart.log');
  const ctl = [
    path.join(bin, 'pg_ctl'),
    'restart',
    '-m',
    'fast',
    '-w',
    '-D',
    dir,
    '-l',
    log,
    '-o',
    `-p ${port}`,
  ];
  const asRoot = process.getuid?.() === 0;
  await (asRoot
    ? run('runuser', ['-u', 'postgres', '--', ...ctl])
    : run(ctl[0] as string, ctl.slice(1))
  ).catch(
    () => {}, // the API's own watchdog may have won the race to start it
  );
  const back2 = await until(dbUp);
  const served2 = await until(serving);
  assert.ok(served2 - back2 < 5000);
  assert.ok(child.alive(), `the API died:\n${child.output()}`);

  // A graceful stop ends whichever postmaster serves the cluster now.
  const last = runningPostmaster(dir);
  assert.ok(last);
  await child.stop();
  assert.equal(runningPostmaster(dir), null, 'no postmaster left behind');
});
