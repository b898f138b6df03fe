import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allocateProportionally, divHalfUp, percentPpm } from '../engine/allocate.ts';
import { priceCart, shippingCost, taxOn } from '../engine/pricing.engine.ts';
import type { CouponRule, PricingInput, ShippingRule, TaxRateRule } from '../engine/pricing.types.ts';

const line = (
  id: string,
  unitPriceMinor: number,
  quantity: number,
  extra: Partial<PricingInput['lines'][0]> = {},
) => ({
  id,
  productId: `p-${id}`,
  categoryIds: [],
  taxCategory: null,
  unitPriceMinor,
  quantity,
  weightGrams: 0,
  ...extra,
});
const coupon = (c: Partial<CouponRule>): CouponRule => ({
  code: 'C',
  discountType: 'PERCENTAGE',
  minimumOrderMinor: null,
  applicableProductIds: [],
  applicableCategoryIds: [],
  excludedProductIds: [],
  excludedCategoryIds: [],
  ...c,
});
const rate = (r: Partial<TaxRateRule>): TaxRateRule => ({
  id: 'r',
  name: 'Tax',
  country: 'US',
  region: null,
  postalPrefix: null,
  taxCategory: null,
  rate: '10',
  appliesToShipping: false,
  compound: false,
  priority: 0,
  ...r,
});
const flat = (priceMinor: number, s: Partial<ShippingRule> = {}): ShippingRule => ({
  id: 's',
  name: 'Flat',
  rateCalculationType: 'FLAT',
  priceMinor,
  freeAboveMinor: null,
  taxable: true,
  bands: [],
  rules: [],
  countries: [],
  regions: [],
  ...s,
});
const base: PricingInput = {
  pricesIncludeTax: false,
  lines: [],
  coupons: [],
  shipping: null,
  address: null,
  taxRates: [],
};

describe('pricing arithmetic', () => {
  test('half-up division and percent parsing', () => {
    assert.equal(divHalfUp(5n, 2n), 3n);
    assert.equal(divHalfUp(4n, 3n), 1n);
    assert.equal(divHalfUp(-5n, 2n), -3n);
    assert.equal(percentPpm('8.875'), 88_750n);
    assert.equal(percentPpm('10'), 100_000n);
    assert.throws(() => percentPpm('abc'));
  });

  test('proportional allocation adds up exactly', () => {
    assert.deepEqual(allocateProportionally(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(allocateProportionally(10, [0, 5, 5]), [0, 5, 5]);
    assert.equal(
      allocateProportionally(999, [333, 777, 1]).reduce((a, b) => a + b),
      999,
    );
  });
});

describe('priceCart', () => {
  test('subtotal and totals with no coupon, shipping or tax', () => {
    const r = priceCart({ ...base, lines: [line('a', 1999, 2), line('b', 550, 1)] });
    assert.equal(r.subtotalMinor, 4548);
    assert.equal(r.totalMinor, 4548);
    assert.equal(r.taxMinor, 0);
  });

  test('PERCENTAGE discount rounds half-up and is spread over lines', () => {
    // 15 % of 3333 = 499.95 → 500
    const r = priceCart({ ...base, lines: [line('a', 1111, 3)], coupons: [coupon({ percent: '15' })] });
    assert.equal(r.discountMinor, 500);
    assert.equal(r.totalMinor, 2833);
  });

  test('FIXED discount takes at most the eligible subtotal; excluded lines are untouched', () => {
    const r = priceCart({
      ...base,
      lines: [line('a', 1000, 1), line('b', 5000, 1)],
      coupons: [coupon({ discountType: 'FIXED', amountMinor: 2500, excludedProductIds: ['p-b'] })],
    });
    assert.equal(r.discountMinor, 1000);
    assert.deepEqual(
      r.lines.map((l) => l.discountMinor),
      [1000, 0],
    );
    assert.equal(r.totalMinor, 5000);
  });

  test('applicable categories restrict the discount; minimum order gates it', () => {
    const lines = [
      line('a', 2000, 1, { categoryIds: ['shoes'] }),
      line('b', 3000, 1, { categoryIds: ['hats'] }),
    ];
    const r = priceCart({
      ...base,
      lines,
      coupons: [coupon({ percent: '50', applicableCategoryIds: ['shoes'] })],
    });
    assert.equal(r.discountMinor, 1000);
    const gated = priceCart({
      ...base,
      lines,
      coupons: [coupon({ percent: '50', minimumOrderMinor: 5001 })],
    });
    assert.equal(gated.discountMinor, 0);
    assert.equal(gated.coupons[0]?.applied, false);
  });

  test('FREE_SHIPPING zeroes shipping; freeAboveAmount compares the discounted goods', () => {
    const lines = [line('a', 6000, 1)];
    const free = priceCart({
      ...base,
      lines,
      shipping: flat(700),
      coupons: [coupon({ discountType: 'FREE_SHIPPING' })],
    });
    assert.equal(free.shippingMinor, 0);
    const above = priceCart({ ...base, lines, shipping: flat(700, { freeAboveMinor: 5000 }) });
    assert.equal(above.shippingMinor, 0);
    const belowAfterDiscount = priceCart({
      ...base,
      lines,
      shipping: flat(700, { freeAboveMinor: 5000 }),
      coupons: [coupon({ percent: '20' })],
    });
    assert.equal(belowAfterDiscount.shippingMinor, 700);
    assert.equal(belowAfterDiscount.totalMinor, 4800 + 700);
  });

  test('tax applies after discount, per line, and to shipping only when both flags say so', () => {
    const r = priceCart({
      ...base,
      lines: [line('a', 1999, 1), line('b', 1001, 1)],
      coupons: [coupon({ discountType: 'FIXED', amountMinor: 1000 })],
      shipping: flat(500),
      address: { country: 'US', region: 'CA', postalCode: '94103' },
      taxRates: [rate({ rate: '8.875', appliesToShipping: true })],
    });
    // discount 1000 split 666/334 → nets 1333 and 667 → tax 118.30→118, 59.20→59; shipping 44.375→44
    assert.deepEqual(
      r.lines.map((l) => l.taxMinor),
      [118, 59],
    );
    assert.equal(r.shippingTaxMinor, 44);
    assert.equal(r.taxMinor, 221);
    assert.equal(r.totalMinor, 3000 - 1000 + 500 + 221);
    const untaxedShipping = priceCart({
      ...base,
      lines: [line('a', 1000, 1)],
      shipping: flat(500, { taxable: false }),
      address: { country: 'US' },
      taxRates: [rate({ appliesToShipping: true })],
    });
    assert.equal(untaxedShipping.taxMinor, 100);
  });

  test('tax rates match country, region, postal prefix and category', () => {
    const rates = [
      rate({ id: 'state', rate: '6', region: 'CA' }),
      rate({ id: 'city', rate: '2', region: 'CA', postalPrefix: '941' }),
      rate({ id: 'food', rate: '0', region: 'CA', taxCategory: 'food' }),
      rate({ id: 'de', rate: '19', country: 'DE' }),
    ];
    const lines = [line('a', 10000, 1), line('b', 10000, 1, { taxCategory: 'food' })];
    const sf = priceCart({
      ...base,
      lines,
      taxRates: rates,
      address: { country: 'US', region: 'ca', postalCode: '94103' },
    });
    assert.deepEqual(
      sf.lines.map((l) => l.taxMinor),
      [800, 0],
    );
    const la = priceCart({
      ...base,
      lines,
      taxRates: rates,
      address: { country: 'US', region: 'CA', postalCode: '90001' },
    });
    assert.equal(la.lines[0]?.taxMinor, 600);
    const nowhere = priceCart({ ...base, lines, taxRates: rates, address: { country: 'FR' } });
    assert.equal(nowhere.taxMinor, 0);
    const noAddress = priceCart({ ...base, lines, taxRates: rates });
    assert.equal(noAddress.taxMinor, 0);
  });

  test('compound rates apply on top of the simple ones', () => {
    // Quebec-style: 5 % GST, then 9.975 % compound on (amount + GST)
    const tax = taxOn(10000, [rate({ rate: '5' }), rate({ rate: '9.975', compound: true })], false);
    assert.equal(tax, 500 + 1047); // 10500 × 9.975 % = 1047.375 → 1047
  });

  test('tax-inclusive prices extract the tax and do not add it to the total', () => {
    const r = priceCart({
      ...base,
      pricesIncludeTax: true,
      lines: [line('a', 1190, 1)],
      address: { country: 'DE' },
      taxRates: [rate({ country: 'DE', rate: '19' })],
    });
    assert.equal(r.taxMinor, 190);
    assert.equal(r.totalMinor, 1190);
    const odd = taxOn(999, [rate({ rate: '19' })], true); // 999 / 1.19 = 839.496 → 839 net, 160 tax
    assert.equal(odd, 160);
  });
});

describe('shipping methods', () => {
  const cart = { goodsMinor: 3000, weightGrams: 1500, items: 3, address: { country: 'US', region: 'NY' } };
  test('WEIGHT bands pick the first band that holds the weight', () => {
    const rule = flat(0, {
      rateCalculationType: 'WEIGHT',
      bands: [
        { upToGrams: 1000, priceMinor: 500 },
        { upToGrams: 5000, priceMinor: 900 },
      ],
    });
    assert.equal(shippingCost(rule, cart), 900);
    assert.equal(shippingCost(rule, { ...cart, weightGrams: 6000 }), null);
  });
  test('ITEM is per unit; CUSTOM uses the first matching rule; zones filter by country and region', () => {
    assert.equal(shippingCost(flat(250, { rateCalculationType: 'ITEM' }), cart), 750);
    const custom = flat(0, {
      rateCalculationType: 'CUSTOM',
      rules: [
        { maxSubtotalMinor: 2000, priceMinor: 800 },
        { minSubtotalMinor: 2000, priceMinor: 300 },
      ],
    });
    assert.equal(shippingCost(custom, cart), 300);
    assert.equal(shippingCost(flat(500, { countries: ['CA'] }), cart), null);
    assert.equal(shippingCost(flat(500, { countries: ['US'], regions: ['ny'] }), cart), 500);
  });
});
