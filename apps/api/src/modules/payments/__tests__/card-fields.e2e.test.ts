import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sellingShop } from '../../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const page = (query: string) => fetch(`${server.url}/api/payments/test/card-fields?${query}`);

describe('test gateway: hosted card fields', () => {
  test('the page may be framed only by the origin that asked, and posts the token only there', async () => {
    const res = await page(`origin=${encodeURIComponent('https://shop.example')}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors https:\/\/shop\.example(;|$)/);
    assert.match(csp, /script-src 'nonce-/);
    assert.equal(res.headers.get('x-frame-options'), null);
    const html = await res.text();
    assert.match(html, /"origin":"https:\/\/shop\.example"/);
    for (const label of ['Card number', 'Expiry (MM / YY)', 'Security code']) assert.ok(html.includes(label));
  });

  test('an origin that is not an origin, or a script in the accent colour, is 400', async () => {
    for (const query of [
      'origin=javascript:alert(1)',
      `origin=${encodeURIComponent('https://shop.example/path')}`,
      `origin=${encodeURIComponent('https://shop.example')}&accent=${encodeURIComponent('red;}</style><script>')}`,
      '',
    ]) {
      const res = await page(query);
      assert.equal(res.status, 400, query);
      assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
  });

  test('a token from the fields carries the entered expiry; tok_visa keeps working', async () => {
    const s = await sellingShop(server);
    const fromFields = await s.place(1, {
      payments: [{ paymentMethodId: s.card.id, token: 'tok_visa.0931' }],
    });
    const card = (fromFields.payments as unknown as Array<{ card: Record<string, unknown> }>)[0]?.card;
    assert.deepEqual(card, { brand: 'visa', last4: '4242', expMonth: 9, expYear: 2031 });
    await s.place(1);
  });
});
