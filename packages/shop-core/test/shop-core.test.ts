import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cartTotals,
  cleanAddress,
  contrast,
  isEmail,
  itemCount,
  money,
  preferredMethod,
  priceDisplay,
  ratingValue,
  returnableUnits,
  shopperMessage,
  splitPayment,
  stockState,
  testCardToken,
  tokensFromStore,
  validateAddress,
} from '../src/index.ts';

describe('money', () => {
  it('formats API decimal strings in the store currency', () => {
    assert.equal(money('1234.5', 'USD'), '$1,234.50');
    assert.equal(money(0, 'EUR'), '€0.00');
    assert.equal(money('not a number', 'USD'), '$0.00');
    assert.equal(money('12', 'XXX1'), '12.00 XXX1');
  });
  it('shows a sale against the compare-at price, and no sale when compare-at is lower or missing', () => {
    const sale = priceDisplay('8.00', '10.00', 'USD');
    assert.deepEqual(
      { ...sale },
      {
        price: '$8.00',
        compareAt: '$10.00',
        onSale: true,
        savingPercent: 20,
        spoken: 'Sale price $8.00, was $10.00',
      },
    );
    assert.equal(priceDisplay('8.00', '7.00', 'USD').onSale, false);
    assert.equal(priceDisplay('8.00', null, 'USD').compareAt, null);
  });
  it('splits a total between a gift card and a card without losing a cent', () => {
    const card = { balance: '50.00', currency: 'USD', expiresAt: null };
    assert.deepEqual(splitPayment('80.01', card, 'USD'), { giftAmount: '50.00', cardAmount: '30.01' });
    assert.deepEqual(splitPayment('20.10', card, 'USD'), { giftAmount: '20.10', cardAmount: null });
    const expired = { ...card, expiresAt: '2000-01-01T00:00:00Z' };
    assert.deepEqual(splitPayment('20.10', expired, 'USD'), { giftAmount: null, cardAmount: '20.10' });
  });
});

describe('cart totals', () => {
  const cart = {
    subtotal: '100.00',
    discountAmount: '10.00',
    shippingAmount: '5.00',
    taxAmount: '7.20',
    totalAmount: '102.20',
    shippingMethodId: null,
  };
  it('lists discount only when there is one and shipping at checkout until chosen', () => {
    const rows = cartTotals(cart, 'USD');
    assert.deepEqual(
      rows.map((r) => [r.label, r.value]),
      [
        ['Subtotal', '$100.00'],
        ['Discount', '−$10.00'],
        ['Shipping', 'Calculated at checkout'],
        ['Tax', '$7.20'],
        ['Total', '$102.20'],
      ],
    );
    const chosen = cartTotals({ ...cart, discountAmount: '0.00', shippingMethodId: 'x' }, 'USD');
    assert.deepEqual(
      chosen.map((r) => r.key),
      ['subtotal', 'shipping', 'tax', 'total'],
    );
    assert.equal(chosen[1]?.value, '$5.00');
    assert.equal(itemCount([{ quantity: 2 }, { quantity: 3 }]), 5);
  });
});

describe('validation', () => {
  it('accepts plain emails and refuses obvious mistakes', () => {
    for (const ok of ['a@b.co', ' shopper@example.com ', 'x.y+z@mail.example.org'])
      assert.ok(isEmail(ok), ok);
    for (const bad of ['', 'a@b', 'a b@c.com', '@b.com', 'a@.com', 'a@b..com']) assert.ok(!isEmail(bad), bad);
  });
  it('names each missing or malformed address field', () => {
    assert.deepEqual(Object.keys(validateAddress({}, 'nope')).sort(), [
      'city',
      'country',
      'email',
      'firstName',
      'lastName',
      'line1',
      'postalCode',
    ]);
    const good = {
      firstName: 'Ada',
      lastName: 'L',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '12345',
      country: 'us',
    };
    assert.deepEqual(validateAddress(good, 'ada@example.com'), {});
    assert.match(validateAddress({ ...good, postalCode: '1234' }).postalCode ?? '', /for US/);
    assert.match(validateAddress({ ...good, country: 'USA' }).country ?? '', /two-letter/);
    assert.deepEqual(validateAddress({ ...good, country: 'NZ', postalCode: '6011' }), {});
    assert.equal(cleanAddress({ ...good, line2: '  ' }).country, 'US');
    assert.equal('line2' in cleanAddress({ ...good, line2: '  ' }), false);
  });
});

describe('stock, rating, errors', () => {
  it('labels stock like the web storefront', () => {
    assert.deepEqual(stockState(0), { tone: 'out', label: 'Out of stock' });
    assert.deepEqual(stockState(4), { tone: 'low', label: 'Only 4 left' });
    assert.deepEqual(stockState(5), { tone: 'ok', label: 'In stock' });
    assert.equal(ratingValue('4.5'), 4.5);
    assert.equal(ratingValue(null), 0);
    assert.equal(ratingValue(9), 5);
  });
  it('turns API problems into shopper sentences', () => {
    assert.match(
      shopperMessage({ status: 409, problem: { code: 'INSUFFICIENT_STOCK' } }),
      /not enough stock/,
    );
    assert.match(shopperMessage({ status: 402, problem: { detail: 'card declined' } }), /declined/);
    assert.equal(shopperMessage({ status: 400, problem: { detail: 'Bad coupon' } }), 'Bad coupon');
    assert.match(shopperMessage(new TypeError('Failed to fetch')), /offline/);
  });
});

describe('theme tokens', () => {
  it('derives readable brand colours and falls back on invalid input', () => {
    const t = tokensFromStore({
      primaryColor: '#b5552b',
      secondaryColor: '#2f3e46',
      theme: { homeLayout: 'editorial', categoryLayout: 'nope', settings: { radius: 12 } },
    });
    assert.equal(t.colors.brand, '#b5552b');
    assert.ok(contrast(t.colors.brandInk, '#f6f5f2') >= 4.5);
    assert.ok(contrast(t.colors.onBrand, t.colors.brand) >= 3);
    assert.equal(t.layouts.home, 'editorial');
    assert.equal(t.layouts.category, 'grid');
    assert.equal(t.radius.md, 12);
    const bad = tokensFromStore({ primaryColor: 'red;}', theme: null });
    assert.equal(bad.colors.brand, '#2b50aa');
  });
});

describe('test card fields', () => {
  const now = new Date('2026-06-15T00:00:00Z');
  it('turns the well-known test numbers into gateway tokens', () => {
    assert.deepEqual(testCardToken({ number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' }, now), {
      token: 'tok_visa',
    });
    assert.deepEqual(testCardToken({ number: '4000-0000-0000-0002', expiry: '01/2030', cvc: '1234' }, now), {
      token: 'tok_declined',
    });
    assert.deepEqual(testCardToken({ number: 'tok_visa', expiry: '', cvc: '' }, now), { token: 'tok_visa' });
  });
  it('names each bad field', () => {
    const r = testCardToken({ number: '4242 4242 4242 4241', expiry: '05/26', cvc: '12' }, now);
    assert.ok('errors' in r);
    assert.deepEqual(Object.keys(r.errors).sort(), ['cvc', 'expiry', 'number']);
    const real = testCardToken({ number: '4111 1111 1111 1111', expiry: '12/30', cvc: '123' }, now);
    assert.ok('errors' in real && /test mode/.test(real.errors.number ?? ''));
  });
});

describe('returnableUnits', () => {
  const order = {
    status: 'SHIPPED',
    items: [
      { id: 'a', quantityFulfilled: 3, quantityReturned: 1 },
      { id: 'b', quantityFulfilled: 0, quantityReturned: 0 },
    ],
  };
  it('counts shipped units not yet back, less those in an open return', () => {
    const returns = [
      { status: 'REQUESTED', items: [{ itemId: 'a', quantity: 1 }] },
      { status: 'REJECTED', items: [{ itemId: 'a', quantity: 2 }] },
    ];
    assert.deepEqual(
      [...returnableUnits(order, returns)],
      [
        ['a', 1],
        ['b', 0],
      ],
    );
  });
  it('never goes below zero', () => {
    const returns = [{ status: 'APPROVED', items: [{ itemId: 'a', quantity: 5 }] }];
    assert.equal(returnableUnits(order, returns).get('a'), 0);
  });
  it('has nothing to return on a canceled or returned order', () => {
    for (const status of ['CANCELED', 'RETURNED'])
      assert.deepEqual([...returnableUnits({ ...order, status }, []).values()], [0, 0]);
  });
});

describe('preferredMethod', () => {
  it('offers the card gateway first, then any non-manual method, then the first', () => {
    const manual = { id: 'm', provider: 'manual' };
    assert.equal(
      preferredMethod([manual, { id: 's', provider: 'stripe' }, { id: 't', provider: 'test' }])?.id,
      't',
    );
    assert.equal(preferredMethod([manual, { id: 's', provider: 'stripe' }])?.id, 's');
    assert.equal(preferredMethod([manual])?.id, 'm');
    assert.equal(preferredMethod([]), undefined);
  });
});
