import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import { startServer } from '../src/boot.ts';
import { loadConfig } from '../src/platform/config.ts';

// The embedded default: no DATABASE_URL and no REDIS_URL. Data must survive a restart.
const dataDir = await mkdtemp(path.join(tmpdir(), 'ventory-embedded-'));
after(() => rm(dataDir, { recursive: true, force: true }));

const boot = () => {
  process.env.EMBEDDED_PG_PORT = String(55000 + Math.floor(Math.random() * 5000));
  return startServer({ ...loadConfig({}), port: 0, dataDir, logLevel: 'silent' });
};

test('embedded engine: migrations, signup → store → storefront, and data survives a restart', async () => {
  const first = await boot();
  try {
    const api = new VentoryClient({ baseUrl: first.url });
    const session = await api.auth.signup({
      tenantName: 'Embedded',
      email: 'e@example.test',
      password: 'password123',
    });
    await api.as(session.accessToken).stores.create({ name: 'Embedded Shop', domain: 'embedded.localhost' });
  } finally {
    await first.close();
  }
  const second = await boot();
  try {
    const api = new VentoryClient({ baseUrl: second.url });
    const settings = await api.storefront.settings('embedded.localhost');
    assert.equal(settings.name, 'Embedded Shop');
    const login = await api.auth.login({ email: 'e@example.test', password: 'password123' });
    const stores = await api.as(login.accessToken).stores.list();
    assert.equal(stores.total, 1);
  } finally {
    await second.close();
  }
});
