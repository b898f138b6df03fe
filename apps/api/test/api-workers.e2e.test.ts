import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { apiUrl, type Child, startChild } from './child-process.ts';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from './database.ts';
import { eventually } from './mailbox.ts';
import { sellingShop } from './orders.ts';

// API_WORKERS=2: one command starts two HTTP processes on one port (node:cluster) and runs the
// jobs once in the supervising process. Connections are spread over both; a cached storefront
// read is invalidated in both when the catalog changes through either; a process that dies is
// started again while the other keeps serving.
let database: TestDatabase;
let api: Child;
let url: string;

/** One request on a connection of its own (so the cluster picks a process for it). */
function get(path: string): Promise<{ status: number; process: string; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          process: String(res.headers['x-api-process']),
          cache: String(res.headers['x-cache']),
          body,
        }),
      );
    });
    req.on('error', reject);
    // A connection handed to a process as it is killed is lost with it: fail, do not hang.
    req.setTimeout(3000, () => req.destroy(new Error('no answer in 3 s')));
    req.end();
  });
}

before(async () => {
  database = await createTestDatabase();
  api = startChild('main', {
    API_WORKERS: '2',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `test:${randomBytes(6).toString('hex')}:`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: '0',
  });
  url = await apiUrl(api);
});

after(async () => {
  await api?.stop();
  await database?.drop();
});

describe('API_WORKERS=2', () => {
  test('connections are answered by both processes', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) seen.add((await get('/health')).process);
    assert.deepEqual([...seen].sort(), ['1', '2']);
  });

  test('a catalog change through either process reaches the cached reads of both', async () => {
    const s = await sellingShop({ url });
    const path = `${s.sf}/products/${s.listing.slug}`;
    // Warm both processes' in-memory copies.
    await eventually(async () => {
      const hits = new Set<string>();
      for (let i = 0; i < 8; i++) {
        const r = await get(path);
        if (r.cache === 'HIT') hits.add(r.process);
      }
      return hits.size === 2;
    }, 'a cached copy in each process');
    await s.client.call('PUT', `/api/stores/${s.store.id}/products/${s.listing.id}`, {
      customTitle: 'Renamed',
    });
    await eventually(async () => {
      const titles = new Set<string>();
      for (let i = 0; i < 8; i++) titles.add(JSON.parse((await get(path)).body).title);
      return titles.size === 1 && titles.has('Renamed');
    }, 'the new title from both processes');
  });

  test('a process that dies is started again; the other serves meanwhile', async () => {
    // The API processes only: tsx may run an esbuild service beside them (a file changed since cached).
    const children = execSync(`pgrep -P ${api.process.pid} -f 'src/main\\.ts'`).toString().trim().split('\n');
    assert.equal(
      children.length,
      2,
      `two HTTP processes under the supervisor: ${execSync(`ps -o pid,ppid,args --ppid ${api.process.pid}`)}`,
    );
    process.kill(Number(children[0]), 'SIGKILL');
    // The survivor answers meanwhile (a request caught on the dying process's connection may fail).
    const answered = await Promise.all(Array.from({ length: 6 }, () => get('/health').catch(() => null)));
    assert.ok(answered.filter((r) => r?.status === 200).length >= 3, 'the other process serves');
    await eventually(
      async () => {
        const seen = new Set<string>();
        for (let i = 0; i < 8; i++) seen.add((await get('/health').catch(() => null))?.process ?? 'none');
        seen.delete('none');
        return seen.size === 2;
        // A new process compiles and connects before it listens: allow a slow, shared machine.
      },
      'two processes answering again',
      90_000,
    );
    assert.match(api.output(), /stopped; starting it again/);
  });
});

test('API_WORKERS above 1 without Redis stops at once and says what to set', async () => {
  const child = startChild('main', {
    API_WORKERS: '2',
    DATABASE_URL: 'postgres://127.0.0.1:1/none',
    REDIS_URL: '',
    PORT: '0',
  });
  const code = await new Promise((r) => child.process.once('exit', r));
  assert.equal(code, 1);
  assert.match(child.output(), /API_WORKERS=2 needs REDIS_URL/);
});
