import assert from 'node:assert/strict';
import type { VentoryClient } from '@ventory/sdk';
import { anonymous } from './fixtures.ts';
import type { ApiServer } from './server.ts';
import { address, type Json, shop, stockOf } from './shop.ts';

export type Line = Json & {
  quantity: number;
  quantityFulfilled: number;
  quantityRefunded: number;
  sku: string;
};
export type Payment = Json & { provider: string; status: string; amount: string; refundedAmount: string };
export type Order = Json & {
  orderNumber: string;
  status: string;
  paymentStatus: string;
  fulfillmentStatus: string;
  totalAmount: string;
  customerId: string | null;
  items: Line[];
  payments: Payment[];
  fulfillments: Array<Json & { status: string; trackingNumber: string | null; items: unknown[] }>;
  refunds: Array<Json & { amount: string }>;
};
export type Package = Json & {
  status: string;
  number: number;
  locationId: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  qcStatus: string | null;
  items: Array<Json & { quantity: number; quantityPicked: number; sku: string }>;
};

export { address, stockOf };

/** A store selling one product (25.00, 10 in stock) with a test card, shipping 5.00, a gift card. */
export async function sellingShop(server: ApiServer) {
  const s = await shop(server, { price: '25.00', stock: 10 });
  const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  const ship = await s.client.call<Json>('POST', `${s.admin}/shipping-methods`, {
    name: 'Standard',
    price: '5.00',
  });
  /** A shopper places an order for `quantity` units; `payments` defaults to the test card for all of it. */
  async function place(
    quantity: number,
    opts: { payments?: unknown[]; token?: string; email?: string } = {},
  ) {
    const shopper = opts.token ? anonymous(server).as(opts.token) : anonymous(server);
    const cart = await shopper.call<Json>('POST', `${s.sf}/cart`, {
      items: [{ listingId: s.listing.id, quantity }],
    });
    const res = await shopper.raw<Order>('POST', `${s.sf}/checkout`, {
      cartId: cart.id,
      email: opts.email ?? 'ada@example.test',
      shippingAddress: address,
      shippingMethodId: ship.id,
      payments: opts.payments ?? [{ paymentMethodId: card.id, token: 'tok_visa' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }
  const stock = () => stockOf(s.client, String(s.product.id));
  const order = (id: string) => s.client.call<Order>('GET', `${s.admin}/orders/${id}`);
  return { ...s, card, ship, place, stock, order };
}

/** The default location (where initial stock was put), read from the product's ledger. */
export async function defaultLocationOf(client: VentoryClient, productId: string) {
  const ledger = await client.call<{ data: Array<{ locationId: string }> }>(
    'GET',
    `/api/inventory/products/${productId}/transactions`,
  );
  const id = ledger.data[0]?.locationId;
  assert.ok(id);
  return id;
}
