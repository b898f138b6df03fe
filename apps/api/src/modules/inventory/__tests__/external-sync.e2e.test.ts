import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { DomainError } from '../../../platform/errors.ts';
import { createInventoryService, signWebhook } from '../index.ts';

// A stand-in external inventory: records what it receives and answers with `status`.
let external: Server;
let externalUrl = '';
let status = 503;
const received: { seq: number; signatureOk: boolean; movement: { type: string } }[] = [];
let secret = '';

let server: TestServer;
before(async () => {
  external = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (status === 200) {
        const h = (n: string) => String(req.headers[n] ?? '');
        const expected = signWebhook(secret, h('x-ventory-timestamp'), h('x-ventory-delivery'), body);
        const parsed = JSON.parse(body) as { seq: number; movement: { type: string } };
        received.push({ ...parsed, signatureOk: expected === h('x-ventory-signature') });
      }
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => external.listen(0, '127.0.0.1', r));
  externalUrl = `http://127.0.0.1:${(external.address() as AddressInfo).port}/ventory`;
  server = await startTestServer({ runJobs: true });
});
after(async () => {
  await server.close();
  await new Promise((r) => external.close(r));
});

async function eventually(probe: () => Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const inventory = createInventoryService({ reservationTtlSeconds: 900 });

describe('external inventory: outbound pushes, degraded mode with a safety buffer, replay', () => {
  test('unreachable → sales keep the buffer back; reachable again → queued movements replayed, buffer off', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'EXT', name: 'Synced', initialStock: 5 });
    const variantId = p.variants[0]?.id ?? '';
    ({ secret } = await client.call<{ secret: string }>('POST', '/api/inventory/integration/secret'));
    await client.call('PUT', '/api/inventory/integration', { outboundUrl: externalUrl, safetyBuffer: 2 });
    const run = <T>(fn: Parameters<typeof server.platform.db.withTenant<T>>[1]) =>
      server.platform.db.withTenant(tenantId, fn);
    const integration = () =>
      client.call<{ degraded: boolean; lastPushAt: string | null }>('GET', '/api/inventory/integration');

    // The external system is down: the first movement's push fails and the tenant is degraded.
    await run((tx) => inventory.reserve(tx, { reference: 'c1', lines: [{ variantId, quantity: 1 }] }));
    await eventually(async () => (await integration()).degraded);
    assert.equal(
      (await run((tx) => inventory.availability(tx, [{ productId: p.id }]))).get(p.id),
      2,
      '5 − 1 − buffer 2',
    );
    await assert.rejects(
      run((tx) => inventory.reserve(tx, { reference: 'c2', lines: [{ variantId, quantity: 3 }] })),
      (err) => err instanceof DomainError && err.code === 'INSUFFICIENT_STOCK' && err.details.available === 2,
    );
    await run((tx) => inventory.reserve(tx, { reference: 'c3', lines: [{ variantId, quantity: 2 }] }));
    // Turning a held cart into an order still works while degraded (it does not lower availability).
    await run((tx) =>
      inventory.allocate(tx, { reference: 'c1', orderReference: 'o1', lines: [{ variantId, quantity: 1 }] }),
    );

    // Back up: the queued pushes are replayed and the buffer is lifted.
    status = 200;
    await eventually(async () => !(await integration()).degraded && received.length >= 3);
    assert.ok(
      received.every((r) => r.signatureOk),
      'pushes are signed with the tenant secret',
    );
    assert.ok(received.some((r) => r.movement.type === 'RESERVE'));
    assert.equal((await run((tx) => inventory.availability(tx, [{ productId: p.id }]))).get(p.id), 2);
    await run((tx) => inventory.reserve(tx, { reference: 'c4', lines: [{ variantId, quantity: 2 }] }));
  });

  test('settings need a secret first; bad URLs are 400', async () => {
    const { client } = await newMerchant(server);
    const early = await client.raw<{ code: string }>('PUT', '/api/inventory/integration', {
      safetyBuffer: 1,
    });
    assert.equal(early.status, 409);
    await client.call('POST', '/api/inventory/integration/secret');
    const bad = await client.raw('PUT', '/api/inventory/integration', { outboundUrl: 'ftp://x' });
    assert.equal(bad.status, 400);
  });
});
