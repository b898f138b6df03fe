import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import { sql } from 'kysely';
import { type FakeStripe, startFakeStripe } from '../src/modules/payments/__tests__/fake-stripe.ts';
import { SECRET, type StripeOrder, stripeShop } from '../src/modules/payments/__tests__/stripe-shop.ts';
import { apiUrl, startChild } from './child-process.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { anonymous } from './fixtures.ts';
import { startTestServer, type TestServer } from './server.ts';
import { address, type CartBody } from './shop.ts';

// kill -9 in the middle of a checkout: the API runs as a process of its own, is killed while the
// gateway is answering, and the shopper retries with the same Idempotency-Key on another process.

const LEASE_SECONDS = 3;
let stripe: FakeStripe;
let database: TestDatabase;
let server: TestServer;
let dataDir: string;
before(async () => {
  stripe = await startFakeStripe(SECRET);
  database = await createTestDatabase();
  server = await startTestServer({
    database,
    stripeApiBase: stripe.url,
    idempotencyLeaseSeconds: LEASE_SECONDS,
  });
  dataDir = await mkdtemp(path.join(tmpdir(), 'ventory-idem-'));
});
after(async () => {
  await server.close();
  await database.drop();
  await stripe.close();
  await rm(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Idempotency-Key after a crash', () => {
  test('a key whose owner was killed mid-checkout becomes retryable, and the retry places the one order', async () => {
    const s = await stripeShop(server, stripe);
    const shopper = anonymous(server);
    const cart = await shopper.call<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    const key = `crash-${cart.id}`;
    const body = {
      cartId: cart.id,
      email: 'crash@example.test',
      shippingAddress: address,
      payments: [{ paymentMethodId: s.card.id, token: 'pm_card_visa' }],
    };
    const child = startChild('main', {
      DATABASE_URL: database.url,
      PORT: '0',
      DATA_DIR: dataDir,
      REDIS_URL: '',
      STRIPE_API_BASE: stripe.url,
      IDEMPOTENCY_LEASE_SECONDS: String(LEASE_SECONDS),
      RUN_JOBS: '0',
      JWT_SECRET: 'idempotency-crash-test-secret-0123456789',
    });
    const doomed = new VentoryClient({ baseUrl: await apiUrl(child) });
    const gateway = stripe.holdIntents();
    const first = doomed
      .raw('POST', `${s.sf}/checkout`, body, { headers: { 'Idempotency-Key': key } })
      .catch((err: unknown) => err);
    await gateway.arrived;
    const exited = new Promise((r) => child.process.once('exit', r));
    child.process.kill('SIGKILL');
    await exited;
    assert.ok((await first) instanceof Error, 'the first request never got an answer');
    // The gateway answers the dead process: an authorisation nobody will capture.
    gateway.release();

    // At once: the key is still leased to the dead owner.
    const early = await shopper.raw<{ code: string }>('POST', `${s.sf}/checkout`, body, {
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(early.status, 409, JSON.stringify(early.body));
    assert.equal(early.body.code, 'IDEMPOTENCY_IN_PROGRESS');
    assert.ok(Number(early.headers.get('retry-after')) >= 1);

    // Once the lease has lapsed, the same retry takes the key over and places the order.
    let retried = early as unknown as { status: number; body: StripeOrder; headers: Headers };
    for (let i = 0; i < 100 && retried.status === 409; i++) {
      await sleep(Math.max(200, Number(retried.headers.get('retry-after')) * 1000));
      retried = await shopper.raw<StripeOrder>('POST', `${s.sf}/checkout`, body, {
        headers: { 'Idempotency-Key': key },
      });
    }
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    assert.equal(retried.body.paymentStatus, 'PAID');
    const replay = await shopper.raw<StripeOrder>('POST', `${s.sf}/checkout`, body, {
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(replay.status, 201);
    assert.equal(replay.body.id, retried.body.id, 'a further retry replays the same order');
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');

    const orders = await server.platform.db.withTenant(s.tenantId, (tx) =>
      sql<{ id: string }>`select id from orders where cart_id = ${cart.id}`.execute(tx),
    );
    assert.deepEqual(
      orders.rows.map((o) => o.id),
      [retried.body.id],
    );
    // The dead attempt only authorised: no money moved for it (the saga captures after commit).
    const mine = stripe.allIntents().filter((i) => i.status !== 'canceled');
    const paid = stripe.intentsOf(retried.body.id);
    const orphan = mine.filter((i) => !paid.includes(i.id) && i.description !== null);
    assert.ok(
      orphan.every((i) => i.status === 'requires_capture'),
      JSON.stringify(orphan),
    );
    assert.equal(stripe.statusOf(paid[0] as string), 'succeeded');
  });

  test('a key left RUNNING behind a committed order answers with that order once taken over', async () => {
    const s = await stripeShop(server, stripe);
    const shopper = anonymous(server);
    const cart = await shopper.call<CartBody>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity: 1 }],
    });
    const key = `legacy-${cart.id}`;
    const body = {
      cartId: cart.id,
      email: 'legacy@example.test',
      shippingAddress: address,
      payments: [{ paymentMethodId: s.card.id, token: 'pm_card_visa' }],
    };
    const placed = await shopper.raw<StripeOrder>('POST', `${s.sf}/checkout`, body, {
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(placed.status, 201);
    // What a crash between the order's commit and the key's answer used to leave (before keys
    // were sealed in the order's own transaction): RUNNING, no answer, an expired lease.
    await server.platform.db.withTenant(s.tenantId, (tx) =>
      sql`update idempotency_keys set state = 'RUNNING', response_status = null, response_body = null,
            response_headers = null, owner = gen_random_uuid(), lease_expires_at = now() - interval '1 second'
          where key = ${key}`.execute(tx),
    );
    const retried = await shopper.raw<StripeOrder>('POST', `${s.sf}/checkout`, body, {
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    assert.equal(retried.body.id, placed.body.id, 'the committed order, not "already checked out"');
    assert.equal(retried.body.paymentStatus, 'PAID');
    // A new key for a cart already checked out is still refused.
    const other = await shopper.raw<{ code: string }>('POST', `${s.sf}/checkout`, body, {
      headers: { 'Idempotency-Key': `${key}-new` },
    });
    assert.equal(other.status, 409);
  });
});
