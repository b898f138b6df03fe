import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import type { TestServer } from '../../../../test/server.ts';
import { address, type Json } from '../../../../test/shop.ts';
import { createDb } from '../../../platform/db/pool.ts';

export type Order = Json & { totalAmount: string; orderNumber: string };

/**
 * A merchant with a store selling through the real checkout: products with a price and a cost,
 * listed (optionally in categories), a test card, a manual method and 5.00 shipping.
 */
export async function sellingStore(server: TestServer) {
  const m = await newMerchantWithStore(server, 'Analytics');
  const admin = `/api/stores/${m.store.id}`;
  const sf = `/api/storefront/${m.store.domain}`;
  const card = await m.client.call<Json>('POST', `${admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const manual = await m.client.call<Json>('POST', `${admin}/payment-methods`, {
    name: 'Bank transfer',
    provider: 'manual',
    instructions: 'IBAN XX00',
  });
  const ship = await m.client.call<Json>('POST', `${admin}/shipping-methods`, {
    name: 'Standard',
    price: '5.00',
  });

  async function product(p: {
    name: string;
    price: string;
    cost?: string;
    stock: number;
    categoryIds?: string[];
  }) {
    const created = await m.client.call<Json>('POST', '/api/inventory/products', {
      sku: `SKU-${randomBytes(4).toString('hex')}`,
      name: p.name,
      price: p.price,
      ...(p.cost ? { cost: p.cost } : {}),
      initialStock: p.stock,
    });
    const listing = await m.client.call<Json>('POST', `${admin}/products`, {
      productId: created.id,
      ...(p.categoryIds ? { categoryIds: p.categoryIds } : {}),
    });
    return { product: created, listing };
  }

  /** A shopper fills a cart and checks out; `token` picks the card outcome, `manual` pays later. */
  async function place(
    lines: Array<{ listingId: string; quantity: number }>,
    opts: {
      email?: string;
      token?: string;
      manual?: boolean;
      sessionId?: string;
      shopperToken?: string;
    } = {},
  ) {
    const shopper = opts.shopperToken ? anonymous(server).as(opts.shopperToken) : anonymous(server);
    const cart = await shopper.call<Json>('POST', `${sf}/cart`, {
      items: lines,
      ...(opts.sessionId ? { sessionId: opts.sessionId } : {}),
    });
    const payment = opts.manual
      ? { paymentMethodId: manual.id }
      : { paymentMethodId: card.id, token: opts.token ?? 'tok_visa' };
    const res = await shopper.raw<Order>('POST', `${sf}/checkout`, {
      cartId: cart.id,
      email: opts.email ?? 'ada@example.test',
      shippingAddress: address,
      shippingMethodId: ship.id,
      payments: [payment],
    });
    return { cart, res };
  }
  async function order(
    lines: Array<{ listingId: string; quantity: number }>,
    opts: Parameters<typeof place>[1] = {},
  ) {
    const { res } = await place(lines, opts);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }
  return { ...m, admin, sf, card, ship, product, place, order };
}

/** Runs SQL as the owner role (test set-up only: back-dating rows to build a history). */
export async function asOwner<T>(server: TestServer, fn: (db: ReturnType<typeof createDb>) => Promise<T>) {
  const db = createDb(server.database.url, { max: 1 });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** YYYY-MM-DD of today (UTC) shifted by `days`. */
export function utcDay(days = 0): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}
