import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../../platform/errors.ts';
import {
  assertOrderMove,
  canMoveOrder,
  fulfillmentStatusOf,
  lineShare,
  paymentStatusAfterRefund,
  splitRefund,
} from '../order-status.ts';

const invalidState = (e: unknown) => e instanceof DomainError && e.code === 'INVALID_STATE';

describe('order status rules', () => {
  test('order moves: canceled and returned are final; shipped cannot be canceled', () => {
    assertOrderMove('PENDING', 'CANCELED');
    assertOrderMove('PROCESSING', 'SHIPPED');
    assertOrderMove('DELIVERED', 'RETURNED');
    assert.throws(() => assertOrderMove('SHIPPED', 'CANCELED'), invalidState);
    assert.throws(() => assertOrderMove('CANCELED', 'PROCESSING'), invalidState);
    assert.throws(() => assertOrderMove('DELIVERED', 'SHIPPED'), invalidState);
  });

  test('every move of the status table, allowed and refused', () => {
    const all = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELED', 'RETURNED'] as const;
    const allowed = new Set([
      'PENDING>PROCESSING',
      'PENDING>SHIPPED',
      'PENDING>CANCELED',
      'PROCESSING>SHIPPED',
      'PROCESSING>CANCELED',
      'SHIPPED>DELIVERED',
      'SHIPPED>RETURNED',
      'DELIVERED>RETURNED',
    ]);
    for (const from of all)
      for (const to of all) {
        const ok = from === to || allowed.has(`${from}>${to}`);
        assert.equal(canMoveOrder(from, to), ok, `${from} -> ${to}`);
        if (ok) assertOrderMove(from, to);
        else assert.throws(() => assertOrderMove(from, to), invalidState, `${from} -> ${to}`);
      }
  });

  test('fulfilment status counts released (refunded before shipping) units as not owed', () => {
    const line = { id: 'a', quantity: 3, quantityFulfilled: 2 };
    assert.equal(fulfillmentStatusOf([line], new Map()), 'PARTIALLY_FULFILLED');
    assert.equal(fulfillmentStatusOf([line], new Map([['a', 1]])), 'FULFILLED');
    assert.equal(fulfillmentStatusOf([{ ...line, quantityFulfilled: 0 }], new Map()), 'UNFULFILLED');
  });

  test('line shares are half-up and add up to the line total exactly', () => {
    // 10.00 over 3 units: 3.33, 3.34, 3.33 (cumulative 333, 667, 1000)
    const cum = [0, 1, 2, 3].map((q) => lineShare(1000, 3, q));
    assert.deepEqual(cum, [0, 333, 667, 1000]);
    assert.deepEqual(
      [1, 2, 3].map((q) => lineShare(1000, 3, q) - lineShare(1000, 3, q - 1)),
      [333, 334, 333],
    );
    assert.equal(lineShare(1, 2, 1), 1); // 0.5 rounds half-up
  });

  test('refund split: latest payment first, each up to what is left on it', () => {
    const payments = [
      { id: 'gift', refundableMinor: 2000 },
      { id: 'card', refundableMinor: 3500 },
    ];
    assert.deepEqual(splitRefund(4000, payments), {
      parts: [
        { id: 'card', amountMinor: 3500 },
        { id: 'gift', amountMinor: 500 },
      ],
      unplaced: 0,
    });
    assert.equal(splitRefund(6000, payments).unplaced, 500);
  });

  test('payment status after refunds', () => {
    assert.equal(paymentStatusAfterRefund('PAID', 5500, 5500), 'REFUNDED');
    assert.equal(paymentStatusAfterRefund('PAID', 5500, 100), 'PAID');
    assert.equal(paymentStatusAfterRefund('PENDING', 0, 0), 'PENDING');
  });
});
