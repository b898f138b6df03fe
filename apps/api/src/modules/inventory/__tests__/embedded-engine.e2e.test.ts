import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import { startServer } from '../../../boot.ts';
import { loadConfig } from '../../../platform/config.ts';

// The other engine: no DATABASE_URL, no REDIS_URL (embedded PostgreSQL, in-process pub/sub).
const dataDir = await mkdtemp(path.join(tmpdir(), 'ventory-inv-embedded-'));
after(() => rm(dataDir, { recursive: true, force: true }));

test('inventory on the embedded engine: product, stock, 409 at zero, ledger, live SSE in-process', async () => {
  process.env.EMBEDDED_PG_PORT = String(55000 + Math.floor(Math.random() * 5000));
  const running = await startServer({ ...loadConfig({}), port: 0, dataDir, logLevel: 'silent' });
  try {
    const api = new VentoryClient({ baseUrl: running.url });
    const session = await api.auth.signup({
      tenantName: 'Emb',
      email: 'inv@example.test',
      password: 'password123',
    });
    const client = api.as(session.accessToken);
    const store = await client.stores.create({ name: 'Emb', domain: 'emb-inv.localhost' });
    const p = await client.inventory.products.create({ sku: 'EMB', name: 'Embedded', initialStock: 2 });
    assert.deepEqual(p.stock, { onHand: 2, reserved: 0, allocated: 0, available: 2 });

    const controller = new AbortController();
    const res = await fetch(`${running.url}/api/storefront/${store.domain}/stock/stream?products=${p.id}`, {
      signal: controller.signal,
    });
    const reader = res.body?.getReader();
    let text = '';
    const seen = async (needle: string) => {
      const until = Date.now() + 10_000;
      while (!text.includes(needle)) {
        if (Date.now() > until) throw new Error(`not seen: ${needle} in ${text}`);
        const chunk = await reader?.read();
        text += new TextDecoder().decode(chunk?.value);
      }
    };
    await seen('"available":2');
    const res409 = await client.raw<{ code: string }>('POST', `/api/inventory/products/${p.id}/adjustments`, {
      quantity: -3,
      reason: 'too many',
    });
    assert.equal(res409.status, 409);
    assert.equal(res409.body.code, 'INSUFFICIENT_STOCK');
    await client.inventory.products.adjust(p.id, { quantity: -2, reason: 'sold' });
    await seen('"available":0');
    controller.abort();
    const ledger = await client.inventory.products.transactions(p.id);
    assert.equal(ledger.total, 2);
  } finally {
    await running.close();
  }
});
