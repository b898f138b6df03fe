import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { anonymous } from '../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';
import { type CartBody, shop } from '../../../test/shop.ts';

// Jobs do not run in the background here: the test drains the outbox and the delivery queues
// itself, so that what is counted is everything the background side would ever send.
let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

/** Everything the background side would do: outbox deliveries and the delivery queues. */
const drainWorker = () => server.platform.jobRunner.drain();

describe('abandoned-cart emails', () => {
  test('the recovery email and its reminder are each sent exactly once, however long the worker runs', async () => {
    const s = await shop(server, { price: '15.00', stock: 5 });
    const shopper = anonymous(server);
    const cart = (
      await shopper.raw<CartBody>('POST', `${s.sf}/cart`, {
        items: [{ listingId: s.listing.id, quantity: 2 }],
        email: 'twice@example.test',
      })
    ).body;
    const db = server.platform.db;
    await db.withPlatform((tx) =>
      sql`update carts set last_activity_at = now() - interval '2 hours' where id = ${cart.id}`.execute(tx),
    );
    const jobs = server.app.modules.cartJobs;
    assert.ok((await jobs.markAbandoned()) >= 1);
    await drainWorker();
    await db.withPlatform((tx) =>
      sql`update carts set abandoned_at = now() - interval '25 hours' where id = ${cart.id}`.execute(tx),
    );
    assert.ok((await jobs.sendReminders()) >= 1);
    await drainWorker();
    await drainWorker();

    const emails = await s.client.call<{ data: Array<{ template: string; reference: string | null }> }>(
      'GET',
      `${s.admin}/notifications?to=twice@example.test`,
    );
    const cartEmails = emails.data.filter((e) => e.template === 'abandoned_cart');
    assert.equal(
      cartEmails.length,
      2,
      `one recovery email and one reminder, got: ${cartEmails.map((e) => e.reference).join(', ')}`,
    );
  });
});
