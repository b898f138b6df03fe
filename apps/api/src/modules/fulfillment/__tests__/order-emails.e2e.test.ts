import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually, startMailbox } from '../../../../test/mailbox.ts';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({ smtpUrl: mailbox.url, deliveryPollMs: 40, deliveryRetryBaseMs: 40 });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

type Email = { id: string; template: string; to: string; subject: string; reference: string | null };
type Problem = { code: string; errors?: Array<{ path: string }> };

describe('resending order emails', () => {
  test('the confirmation again at once; the shipment email only once shipped; both in the log and the mailbox', async () => {
    const s = await sellingShop(server);
    const placed = await s.place(1, { email: 'again@example.test' });
    const emails = `${s.admin}/orders/${placed.id}/emails`;

    const confirmation = await s.client.raw<Email>('POST', emails, { template: 'order_confirmation' });
    assert.equal(confirmation.status, 201);
    assert.deepEqual(
      [confirmation.body.template, confirmation.body.to, confirmation.body.reference],
      ['order_confirmation', 'again@example.test', `order:${placed.id}`],
    );
    assert.match(confirmation.body.subject, new RegExp(placed.orderNumber));

    const early = await s.client.raw<Problem>('POST', emails, { template: 'shipment' });
    assert.deepEqual([early.status, early.body.code], [409, 'INVALID_STATE']);

    await s.client.call('POST', `${s.admin}/orders/${placed.id}/fulfill`, { trackingNumber: 'TRK-AGAIN' });
    const shipment = await s.client.call<Email>('POST', emails, { template: 'shipment' });
    assert.equal(shipment.template, 'shipment');

    // The first confirmation is queued by the order.placed job, so the log catches up.
    const log = await eventually(async () => {
      const page = await s.client.call<{ data: Email[] }>(
        'GET',
        `${s.admin}/notifications?to=again@example.test`,
      );
      const names = page.data.map((e) => e.template).sort();
      return names.length >= 4 ? names : undefined;
    }, 'four order emails in the log');
    assert.deepEqual(log, ['order_confirmation', 'order_confirmation', 'shipment', 'shipment']);
    // Both confirmations and both shipment emails reach the mailbox (the last may come a moment later).
    await eventually(() => {
      const subjects = mailbox.to('again@example.test').map((m) => m.subject);
      return subjects.filter((x) => /confirmed/.test(x)).length >= 2 &&
        subjects.filter((x) => /on its way/.test(x)).length >= 2
        ? subjects
        : undefined;
    }, 'the resent emails delivered');
    const timeline = await s.client.call<{ data: Array<{ type: string }> }>(
      'GET',
      `${s.admin}/orders/${placed.id}/timeline`,
    );
    assert.equal(timeline.data.filter((t) => t.type === 'email.resent').length, 2);
  });

  test("a template that is not an order email is a field error; another store's order is 404", async () => {
    const a = await sellingShop(server);
    const b = await sellingShop(server);
    const placed = await a.place(1);
    const wrong = await a.client.raw<Problem>('POST', `${a.admin}/orders/${placed.id}/emails`, {
      template: 'password_reset',
    });
    assert.equal(wrong.status, 400);
    assert.ok(wrong.body.errors?.some((e) => e.path.endsWith('template')));
    const foreign = await b.client.raw('POST', `${b.admin}/orders/${placed.id}/emails`, {
      template: 'order_confirmation',
    });
    assert.equal(foreign.status, 404);
  });
});
