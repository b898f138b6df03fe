import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectivePrice, regularPriceMinor } from '../pricing.ts';

const terms = (t: Partial<Parameters<typeof regularPriceMinor>[0]> = {}) => ({
  priceMarkup: '0',
  priceOverrideMinor: null,
  salePriceMinor: null,
  saleStartsAt: null,
  saleEndsAt: null,
  ...t,
});

describe('listing pricing', () => {
  test('override wins over markup', () => {
    assert.equal(
      regularPriceMinor(terms({ priceMarkup: '50', priceOverrideMinor: 1234 }), '10.00', 'USD'),
      1234,
    );
  });
  test('markup is rounded half-up in minor units', () => {
    assert.equal(regularPriceMinor(terms({ priceMarkup: '10' }), '19.99', 'USD'), 2199); // 21.989 → 21.99
    assert.equal(regularPriceMinor(terms({ priceMarkup: '12.5' }), '0.20', 'USD'), 23); // 22.5 → 23
    assert.equal(regularPriceMinor(terms({ priceMarkup: '-10' }), '0.05', 'USD'), 5); // 4.5 → 5
    assert.equal(regularPriceMinor(terms({ priceMarkup: '10' }), '1000', 'JPY'), 1100);
  });
  test('a scheduled sale applies only inside its window', () => {
    const sale = terms({
      salePriceMinor: 500,
      saleStartsAt: new Date('2030-01-01T00:00:00Z'),
      saleEndsAt: new Date('2030-02-01T00:00:00Z'),
    });
    assert.deepEqual(effectivePrice(sale, '10', 'USD', new Date('2029-12-31T23:59:59Z')), {
      priceMinor: 1000,
      compareAtMinor: null,
    });
    assert.deepEqual(effectivePrice(sale, '10', 'USD', new Date('2030-01-15T00:00:00Z')), {
      priceMinor: 500,
      compareAtMinor: 1000,
    });
    assert.equal(effectivePrice(sale, '10', 'USD', new Date('2030-02-01T00:00:00Z')).priceMinor, 1000);
  });
});
