import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { after, test } from 'node:test';
import { createTestDatabase } from './database.ts';

// The real entry point (src/main.ts) as its own process: it serves, then on SIGTERM lets the
// request in flight finish, closes the pool and exits 0.
const database = await createTestDatabase();
after(() => database.drop());

test('SIGTERM: the in-flight request completes and the process exits 0', async () => {
  const port = 41000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: database.url,
      REDIS_URL: '',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // Signup hashes a password with argon2 (tens of milliseconds): a request that is surely in flight.
  // A connection of its own, so the shutdown cannot race a keep-alive connection it sees as idle.
  const inFlight = new Promise<number>((resolve, reject) => {
    const req = http.request(
      `${url}/api/auth/signup`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ tenantName: 'T', email: 'sigterm@example.test', password: 'password123' }));
  });
  await new Promise((r) => setTimeout(r, 30));
  child.kill('SIGTERM');
  assert.equal(await inFlight, 201);
  const [code] = await once(child, 'exit');
  assert.equal(code, 0, output);
});
