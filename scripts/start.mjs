// `npm start`: the whole platform on its embedded defaults, with demo stores.
// Starts the API (PORT, default 4000) and, once built, the storefront web app (WEB_PORT, default 3000)
// and the merchant admin (ADMIN_PORT, default 3001). The terminal shows one short block once the
// storefront answers; everything the processes log (requests, retries, the embedded database, the
// builds) goes to DATA_DIR/logs/.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const apiPort = process.env.PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '3000';
const adminPort = process.env.ADMIN_PORT ?? '3001';
const domain = process.env.PLATFORM_DOMAIN ?? 'localhost';
const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const logDir = path.join(dataDir, 'logs');
const shownLogDir = path.relative(process.cwd(), logDir).startsWith('..')
  ? logDir
  : path.relative(process.cwd(), logDir);
const demoFile = path.join(dataDir, 'demo.json');
const seeding = (process.env.SEED_DEMO ?? '1') !== '0';
mkdirSync(logDir, { recursive: true });
rmSync(demoFile, { force: true });

const env = {
  ...process.env,
  SEED_DEMO: seeding ? '1' : '0',
  DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
  // The API tells the storefront which cached pages its events make stale (ISR by tag).
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(24).toString('hex'),
  WEB_REVALIDATE_URL: process.env.WEB_REVALIDATE_URL ?? `http://127.0.0.1:${webPort}/api/revalidate`,
  // Links in emails (tracking page, cart recovery) point at this storefront.
  STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://{domain}:${webPort}`,
  // Only the admin may frame a storefront design preview (apps/web/proxy.ts).
  ADMIN_ORIGIN: process.env.ADMIN_ORIGIN ?? `http://localhost:${adminPort}`,
  // http://localhost:WEB_PORT lists these stores instead of answering "No store here".
  DEMO_STORES: seeding ? 'copperleaf,northwind' : '',
};
const children = [];

// Each child runs in its own process group, so a terminal's Ctrl-C reaches only this script, which
// then stops the children in order. The web server is stopped as a group (`next start` leaves a
// `next-server` child otherwise); the API alone, since it stops its embedded PostgreSQL itself.
function run(name, args, { group }) {
  const log = path.join(logDir, `${name}.log`);
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', fd, fd], detached: true });
  children.push({ child, group });
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`\n${name} stopped (exit ${code}). Last lines of ${path.relative(process.cwd(), log)}:\n`);
    console.error(tail(log, 25));
    stop(code || 1);
  });
  return child;
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const { child, group } of children) {
    try {
      process.kill(group ? -child.pid : child.pid, 'SIGTERM');
    } catch {}
  }
  Promise.all(
    children.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
  ).then(() => process.exit(code));
  setTimeout(() => process.exit(code), 20_000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** The status of GET `url` sent with `host` as the Host header, or 0 when nothing answers. */
function statusOf(port, pathname, host) {
  return new Promise((resolve) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: pathname, headers: { host }, timeout: 5_000 },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the API is healthy, the demo is seeded and a demo store's home page renders. */
async function ready() {
  const started = Date.now();
  let told = false;
  for (;;) {
    const api = (await statusOf(apiPort, '/health', `127.0.0.1:${apiPort}`)) === 200;
    const demo = seeding ? existsSync(demoFile) : true;
    const store = seeding && demo ? JSON.parse(readFileSync(demoFile, 'utf8')).stores[0]?.domain : null;
    const web =
      api && demo && (await statusOf(webPort, '/', store ? `${store}:${webPort}` : `localhost:${webPort}`));
    if (web === 200 || (!seeding && web > 0)) return;
    if (!told && Date.now() - started > 120_000) {
      told = true;
      console.log(`Still starting… (progress in ${shownLogDir}/)`);
    }
    await sleep(1_000);
  }
}

/** The block printed once everything answers; each row is [label, value] (add rows here). */
function summary() {
  const rows = [];
  const demo = seeding ? JSON.parse(readFileSync(demoFile, 'utf8')) : null;
  for (const s of demo?.stores ?? []) rows.push([s.name, `http://${s.domain}:${webPort}`]);
  if (demo) rows.push(['All demo stores', `http://localhost:${webPort}`]);
  // The admin app (apps/admin) listens on ADMIN_PORT once it exists.
  if (existsSync('apps/admin/package.json')) rows.push(['Admin', `http://localhost:${adminPort}`]);
  for (const s of demo?.stores ?? []) rows.push([`Admin login (${s.handle})`, `${s.email} / ${s.password}`]);
  if (demo) {
    rows.push(['Coupon', `${demo.coupon.code} (${demo.coupon.summary})`]);
    rows.push(['Gift card', `${demo.giftCard.code} ($${demo.giftCard.balance})`]);
    rows.push(['Test card', '4242 4242 4242 4242 (token tok_visa); 4000 0000 0000 0002 is declined']);
  }
  rows.push(['API', `http://localhost:${apiPort}  (GraphQL at /graphql)`]);
  rows.push(['Logs', `${shownLogDir}/  ·  stop with Ctrl-C`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['', 'Ventory Commerce is ready', ...rows.map(([l, v]) => `  ${l.padEnd(width)}  ${v}`), ''].join(
    '\n',
  );
}

console.log(`Starting Ventory Commerce (logs in ${shownLogDir}/)…`);
if (!existsSync('apps/web/.next/BUILD_ID'))
  console.log('First run: building the storefront once (about a minute)…');
run('api', ['--import', 'tsx', 'apps/api/src/main.ts'], { group: false });
if (existsSync('apps/web/scripts/start.mjs')) run('web', ['apps/web/scripts/start.mjs'], { group: true });
if (existsSync('apps/admin/scripts/start.mjs'))
  run('admin', ['apps/admin/scripts/start.mjs'], { group: true });
void ready().then(() => {
  if (!stopping) console.log(summary());
});
