// `npm start`: the whole platform on its embedded defaults, with demo stores.
// Starts the API (PORT, default 4000) and, once built, the storefront web app (WEB_PORT, default 3000).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? '1', NEXT_TELEMETRY_DISABLED: '1' };
const children = [];

function run(name, args, options = {}) {
  const child = spawn(process.execPath, args, { env, stdio: 'inherit', detached: true, ...options });
  children.push(child);
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
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: `next start` leaves a child otherwise
    } catch {}
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('api', ['--import', 'tsx', 'apps/api/src/main.ts']);
if (existsSync('apps/web/scripts/start.mjs')) run('web', ['apps/web/scripts/start.mjs']);
