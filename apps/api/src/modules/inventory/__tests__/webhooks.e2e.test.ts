import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Problem } from '@ventory/sdk';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { createInventoryService, signWebhook, WEBHOOK_PATH } from '../index.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

type Results = {
  results: { sku: string; status: string; onHand?: number; delta?: number; clamped?: boolean }[];
};

async function deliver(
  tenantId: string,
  secret: string,
  body: unknown,
  opts: { deliveryId?: string; timestamp?: number; tamper?: boolean } = {},
) {
  const raw = JSON.stringify(body);
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const deliveryId = opts.deliveryId ?? randomUUID();
  const signature = signWebhook(secret, timestamp, deliveryId, raw);
  const res = await fetch(server.url + WEBHOOK_PATH, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-ventory-tenant': tenantId,
      'x-ventory-timestamp': timestamp,
      'x-ventory-delivery': deliveryId,
      'x-ventory-signature': signature,
    },
    body: opts.tamper ? raw.replace('"onHand":', '"onHand":1') : raw,
  });
  return { status: res.status, body: (await res.json()) as Results & Problem, deliveryId };
}

describe('external inventory webhook', () => {
  test('a signed count sets on-hand (ledger type SYNC); replays, tampering and stale timestamps are refused', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'EXT-1', name: 'External', initialStock: 2 });
    const { secret } = await client.call<{ secret: string }>('POST', '/api/inventory/integration/secret');
    const status = await client.call<{ configured: boolean; secretHint: string }>(
      'GET',
      '/api/inventory/integration',
    );
    assert.equal(status.configured, true);
    assert.ok(!JSON.stringify(status).includes(secret));

    const ok = await deliver(tenantId, secret, {
      updates: [
        { sku: 'EXT-1', onHand: 9 },
        { sku: 'NOPE', onHand: 1 },
      ],
    });
    assert.equal(ok.status, 200);
    assert.deepEqual(
      ok.body.results.map((r) => [r.sku, r.status, r.delta]),
      [
        ['EXT-1', 'APPLIED', 7],
        ['NOPE', 'UNKNOWN_SKU', undefined],
      ],
    );
    assert.equal((await client.inventory.products.get(p.id)).stock.onHand, 9);
    const ledger = await client.inventory.products.transactions(p.id);
    assert.equal(ledger.data[0]?.type, 'SYNC');
    assert.equal(ledger.data[0]?.reference, ok.deliveryId);

    const replay = await deliver(
      tenantId,
      secret,
      { updates: [{ sku: 'EXT-1', onHand: 1 }] },
      { deliveryId: ok.deliveryId },
    );
    assert.equal(replay.status, 409);
    assert.equal(replay.body.code, 'REPLAYED_DELIVERY');
    const tampered = await deliver(
      tenantId,
      secret,
      { updates: [{ sku: 'EXT-1', onHand: 1 }] },
      { tamper: true },
    );
    assert.equal(tampered.status, 401);
    const stale = await deliver(
      tenantId,
      secret,
      { updates: [{ sku: 'EXT-1', onHand: 1 }] },
      { timestamp: 1_000_000 },
    );
    assert.equal(stale.status, 401);
    const wrongKey = await deliver(tenantId, 'x'.repeat(43), { updates: [{ sku: 'EXT-1', onHand: 1 }] });
    assert.equal(wrongKey.status, 401);
    const otherTenant = await newMerchant(server);
    const cross = await deliver(otherTenant.tenantId, secret, { updates: [{ sku: 'EXT-1', onHand: 1 }] });
    assert.equal(cross.status, 401, 'a secret only works for its own tenant');
    assert.equal((await client.inventory.products.get(p.id)).stock.onHand, 9);
  });

  test('a count below what carts and orders hold is clamped to the holds', async () => {
    const { client, tenantId } = await newMerchant(server);
    await client.inventory.products.create({ sku: 'EXT-2', name: 'Held', initialStock: 5 });
    const inventory = createInventoryService({ reservationTtlSeconds: 900 });
    const [product] = (await client.inventory.products.list()).data;
    await server.platform.db.withTenant(tenantId, (tx) =>
      inventory.reserve(tx, {
        reference: 'cart',
        lines: [{ variantId: product?.variants[0]?.id ?? '', quantity: 3 }],
      }),
    );
    const { secret } = await client.call<{ secret: string }>('POST', '/api/inventory/integration/secret');
    const res = await deliver(tenantId, secret, { updates: [{ sku: 'EXT-2', onHand: 1 }] });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.results[0], {
      sku: 'EXT-2',
      status: 'APPLIED',
      onHand: 3,
      delta: -2,
      clamped: true,
    });
    const after = await client.inventory.products.get(product?.id ?? '');
    assert.deepEqual(after.stock, { onHand: 3, reserved: 3, allocated: 0, available: 0 });
  });
});
