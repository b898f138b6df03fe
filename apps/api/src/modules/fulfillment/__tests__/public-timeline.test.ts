import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publicTimeline } from '../public-timeline.ts';

const at = new Date('2030-01-02T03:04:05Z');
const row = (type: string, message: string, data: Record<string, unknown> = {}) => ({
  tenantId: 't',
  id: type,
  orderId: 'o',
  type,
  message,
  actorType: 'STAFF' as const,
  actorId: null,
  data,
  createdAt: at,
});

describe('the shopper-facing timeline', () => {
  test('keeps shopper steps, drops warehouse steps, hides staff reasons', () => {
    const shown = publicTimeline(
      [
        row('order.placed', 'Order #1001 placed'),
        row('fulfillment.picked', 'Package #1 picked'),
        row('fulfillment.label_created', 'Label VP1 for package #1'),
        row('fulfillment.shipped', 'Package #1 shipped (UPS 1Z9)'),
        row('order.refunded', 'Refunded 5.00 USD: customer was rude', { amount: '5.00' }),
        row('order.canceled', 'Order canceled: fraud suspected'),
        row('return.requested', 'Return #1001-R1 requested'),
      ],
      'USD',
      new Date('2030-01-01T00:00:00Z'),
    );
    assert.deepEqual(
      shown.map((e) => e.message),
      [
        'Order placed',
        'Package #1 shipped (UPS 1Z9)',
        'Refunded 5.00 USD',
        'Order canceled',
        'Return #1001-R1 requested',
      ],
    );
    // "placed" is the order's own time, whether or not its (asynchronous) row is there yet
    assert.equal(shown[0]?.occurredAt, '2030-01-01T00:00:00.000Z');
    assert.equal(shown[1]?.occurredAt, at.toISOString());
    assert.equal(publicTimeline([], 'USD', at).length, 1);
  });
});
