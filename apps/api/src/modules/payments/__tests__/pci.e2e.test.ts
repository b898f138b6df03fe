import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { VentoryClient } from '@ventory/sdk';
import { sql } from 'kysely';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '../../../../test/database.ts';
import { createDb } from '../../../platform/db/pool.ts';

// The real entry point in its own process at LOG_LEVEL=trace: everything it logs is captured.
const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const PAN = '4242424242424242';
const CVC = '987';

let database: TestDatabase;
let child: ChildProcess;
let output = '';
let url = '';

before(async () => {
  database = await createTestDatabase();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      PORT: '0',
      LOG_LEVEL: 'trace',
      SEED_DEMO: '0',
      JWT_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const deadline = Date.now() + 60_000;
  while (!url && Date.now() < deadline) {
    const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
    if (match?.[1]) url = match[1];
    else await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(url, `the API did not start:\n${output.slice(-2000)}`);
});

after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await database.drop();
});

describe('no card number or CVV reaches the database or the logs', () => {
  test('a checkout, plus attempts to send card data, leave no trace of it', async () => {
    const anon = new VentoryClient({ baseUrl: url });
    const session = await anon.auth.signup({
      tenantName: 'PCI',
      email: `pci-${randomBytes(4).toString('hex')}@example.test`,
      password: 'correct horse battery',
    });
    const merchant = anon.as(session.accessToken);
    const store = await merchant.stores.create({
      name: 'PCI Store',
      domain: `pci-${randomBytes(3).toString('hex')}.localhost`,
    });
    const product = await merchant.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: 'PCI-1',
      name: 'Thing',
      price: '10',
      initialStock: 5,
    });
    const listing = await merchant.call<{ id: string }>('POST', `/api/stores/${store.id}/products`, {
      productId: product.id,
    });
    const card = await merchant.call<{ id: string }>('POST', `/api/stores/${store.id}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const sf = `/api/storefront/${store.domain}`;
    const cart = await anon.call<{ id: string }>('POST', `${sf}/cart`, {
      items: [{ listingId: listing.id, quantity: 1 }],
    });
    const shippingAddress = {
      firstName: 'P',
      lastName: 'C',
      line1: '1 St',
      city: 'X',
      postalCode: '1',
      country: 'US',
    };
    const base = { cartId: cart.id, email: 'pci@example.test', shippingAddress };

    const asToken = await anon.raw('POST', `${sf}/checkout`, {
      ...base,
      payments: [{ paymentMethodId: card.id, token: PAN }],
    });
    assert.equal(asToken.status, 400);
    const asFields = await anon.raw('POST', `${sf}/checkout`, {
      ...base,
      payments: [{ paymentMethodId: card.id, token: 'tok_visa', number: PAN, cvc: CVC }],
    });
    assert.equal(asFields.status, 400);
    const ok = await anon.raw('POST', `${sf}/checkout`, {
      ...base,
      payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
    });
    assert.equal(ok.status, 201);
    for (const res of [asToken, asFields, ok]) assert.doesNotMatch(JSON.stringify(res.body), new RegExp(PAN));

    const db = createDb(database.url, { max: 1 });
    try {
      const dump = await db.withPlatform(async (tx) => {
        const tables = await sql<{
          table: string;
        }>`select table_name as table from information_schema.tables where table_schema = 'public'`.execute(
          tx,
        );
        const parts: string[] = [];
        for (const { table } of tables.rows)
          parts.push(JSON.stringify((await sql.raw(`select * from "${table}"`).execute(tx)).rows));
        return parts.join('\n');
      });
      assert.doesNotMatch(dump, new RegExp(PAN), 'no card number in any table');
      assert.doesNotMatch(dump, new RegExp(`"cvc"|"${CVC}"`), 'no CVV in any table');
      assert.match(dump, /"last4":"4242"/, 'display data is kept');
    } finally {
      await db.close();
    }
    // A gift-card code is a bearer credit too: checking a balance logs only its last 4.
    const gift = await merchant.call<{ code: string }>('POST', `/api/stores/${store.id}/gift-cards`, {
      code: 'PCIG-IFTC-ARDC-ODE9',
      initialBalance: '10.00',
    });
    assert.equal((await anon.raw('GET', `${sf}/gift-cards/${gift.code}/balance`)).status, 200);
    // The access log line is written as the response ends: wait for it rather than for a time.
    for (const until = Date.now() + 5_000; !/gift-cards\/…ODE9\/balance/.test(output) && Date.now() < until; )
      await new Promise((r) => setTimeout(r, 50));
    assert.match(output, /gift-cards\/…ODE9\/balance/, 'the balance check was logged, masked');
    assert.doesNotMatch(output.replaceAll(/"code":"PCIG-IFTC-ARDC-ODE9"/g, ''), /PCIG-IFTC-ARDC/);
    assert.ok(output.length > 1000, 'the API logged at trace level');
    assert.doesNotMatch(output, new RegExp(PAN), 'no card number in the logs');
    assert.doesNotMatch(output, new RegExp(`cvc\\W+${CVC}`), 'no CVV in the logs');
  });
});
