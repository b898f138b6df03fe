// `npm start` for the merchant admin: builds once when there is no build yet, then runs `next start`
// on ADMIN_PORT (default 3001). The API is expected at API_URL (default http://127.0.0.1:4000).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const next = createRequire(path.join(dir, 'package.json')).resolve('next/dist/bin/next');
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  // Next to the API started by the root `npm start` (PORT, default 4000) unless told otherwise.
  API_URL: process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`,
};

if (!existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
  const started = Date.now();
  console.log('admin: no build yet, running `next build` once (about a minute)…');
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: dir, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`admin: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

const port = process.env.ADMIN_PORT ?? '3001';
const child = spawn(process.execPath, [next, 'start', '-p', port], { cwd: dir, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
