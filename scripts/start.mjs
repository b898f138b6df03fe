// `npm start`: the whole platform on its embedded defaults, with demo stores.
// Starts the API (PORT, default 4000) and, once built, the storefront web app (WEB_PORT, default 3000)
// and the merchant admin (ADMIN_PORT, default 3001).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';

const env = {
  ...process.env,
  SEED_DEMO: process.env.SEED_DEMO ?? '1',
  NEXT_TELEMETRY_DISABLED: '1',
  // The API tells the storefront which cached pages its events make stale (ISR by tag).
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(24).toString('hex'),
  WEB_REVALIDATE_URL:
    process.env.WEB_REVALIDATE_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? '3000'}/api/revalidate`,
};
const children = [];

// Each child runs in its own process group, so a terminal's Ctrl-C reaches only this script, which
// then stops the children in order. The web server is stopped as a group (`next start` leaves a
// `next-server` child otherwise); the API alone, since it stops its embedded PostgreSQL itself.
function run(name, args, { group }) {
  const child = spawn(process.execPath, args, { env, stdio: 'inherit', detached: true });
  children.push({ child, group });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} exited with ${code}`);
      stop(code ?? 1);
    }
  });
  return child;
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

run('api', ['--import', 'tsx', 'apps/api/src/main.ts'], { group: false });
if (existsSync('apps/web/scripts/start.mjs')) run('web', ['apps/web/scripts/start.mjs'], { group: true });
if (existsSync('apps/admin/scripts/start.mjs'))
  run('admin', ['apps/admin/scripts/start.mjs'], { group: true });
