// RTK Query and the cart thunks against the real API with the demo stores (started once by
// test/support/global-setup.js): real requests, real stock, real reducers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ShopListing } from '@ventory/sdk';
import { api } from '../src/state/api.ts';
import { addToCart } from '../src/state/cart-actions.ts';
import { type KeyValueStorage, persist, restore } from '../src/state/persist.ts';
import { connectivityChanged } from '../src/state/slices.ts';
import { type AppStore, makeStore } from '../src/state/store.ts';

const API = () => process.env.MOBILE_TEST_API_URL as string;
const DOMAIN = 'northwind.localhost';
const stores: AppStore[] = [];

function newStore(fetchImpl?: typeof fetch) {
  const store = makeStore({ apiUrl: API(), storeDomain: DOMAIN, fetch: fetchImpl });
  stores.push(store);
  return store;
}

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  async getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  async setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

const offlineFetch: typeof fetch = async () => {
  throw new TypeError('Network request failed');
};

async function inStock(store: AppStore, min: number): Promise<ShopListing> {
  const page = await store.dispatch(
    api.endpoints.listings.initiate({ query: { available: 'true' }, page: 0 }),
  );
  const found = page.data?.data.find((l) => l.available >= min && l.available < 40);
  if (!found) throw new Error('no listing with enough stock in the demo store');
  return found;
}

const cartOf = (store: AppStore) => {
  const id = store.getState().cart.cartId as string;
  return api.endpoints.cart.select(id)(store.getState()).data;
};

afterAll(() => {
  for (const s of stores) s.dispatch(api.util.resetApiState());
});

describe('catalogue queries', () => {
  it('pages a listing into one growing list (infinite scroll)', async () => {
    const store = newStore();
    const first = await store.dispatch(
      api.endpoints.listings.initiate({ query: { sort: 'title' }, page: 0 }),
    );
    expect(first.data?.data).toHaveLength(12);
    await store.dispatch(api.endpoints.listings.initiate({ query: { sort: 'title' }, page: 1 }));
    const merged = api.endpoints.listings.select({ query: { sort: 'title' }, page: 1 })(
      store.getState(),
    ).data;
    expect(merged?.data).toHaveLength(24);
    expect(new Set(merged?.data.map((l) => l.id)).size).toBe(24);
    expect(merged?.data[12]?.title.localeCompare(merged?.data[11]?.title ?? '')).toBeGreaterThanOrEqual(0);
  });

  it('finds a product despite a typo and a store-specific settings read', async () => {
    const store = newStore();
    const settings = await store.dispatch(api.endpoints.settings.initiate());
    expect(settings.data?.name).toBe('Northwind Outfitters');
    const typo = await store.dispatch(api.endpoints.listings.initiate({ query: { q: 'lantren' }, page: 0 }));
    expect(typo.data?.data[0]?.title).toBe('Camp Lantern');
  });
});

describe('cart', () => {
  let store: AppStore;
  let listing: ShopListing;
  beforeAll(async () => {
    store = newStore();
    listing = await inStock(store, 4);
  });

  it('creates a cart on the first add, then updates optimistically', async () => {
    const added = await store.dispatch(
      addToCart({ listingId: listing.id, quantity: 1, title: listing.title, unitPrice: listing.price }),
    );
    expect(added.payload).toEqual({ status: 'added' });
    const cartId = store.getState().cart.cartId as string;
    expect(cartId).toBeTruthy();
    const sub = store.dispatch(api.endpoints.cart.initiate(cartId));
    const itemId = cartOf(store)?.items[0]?.id as string;
    const pending = store.dispatch(api.endpoints.updateItem.initiate({ cartId, itemId, quantity: 3 }));
    // Before the server answers, the cached cart already shows the new quantity.
    expect(cartOf(store)?.items[0]?.quantity).toBe(3);
    await pending;
    expect(cartOf(store)?.items[0]?.quantity).toBe(3);
    expect(cartOf(store)?.subtotal).toBe((Number(listing.price) * 3).toFixed(2));
    sub.unsubscribe();
  });

  it('puts the cart back when the server refuses the change (not enough stock)', async () => {
    const cartId = store.getState().cart.cartId as string;
    const itemId = cartOf(store)?.items[0]?.id as string;
    const res = await store.dispatch(api.endpoints.updateItem.initiate({ cartId, itemId, quantity: 999 }));
    expect(res.error).toMatchObject({ status: 409, problem: { code: 'INSUFFICIENT_STOCK' } });
    expect(cartOf(store)?.items[0]?.quantity).toBe(3);
  });

  it('queues an add made offline and sends it when the network returns', async () => {
    const other = (
      await store.dispatch(api.endpoints.listings.initiate({ query: { available: 'true' }, page: 0 }))
    ).data?.data.find((l) => l.id !== listing.id && l.available >= 2) as ShopListing;
    store.dispatch(connectivityChanged(false));
    const res = await store.dispatch(
      addToCart({ listingId: other.id, quantity: 1, title: other.title, unitPrice: other.price }),
    );
    expect(res.payload).toEqual({ status: 'queued' });
    expect(store.getState().cart.queue).toHaveLength(1);
    store.dispatch(connectivityChanged(true));
    await waitFor(() => store.getState().cart.queue.length === 0);
    const cart = await store.dispatch(
      api.endpoints.cart.initiate(store.getState().cart.cartId as string, { forceRefetch: true }),
    );
    expect(cart.data?.items.map((i) => i.listingId)).toContain(other.id);
    expect(store.getState().cart.notices).toEqual([]);
  });

  it('says clearly when stock ran out while the add waited offline', async () => {
    store.dispatch(connectivityChanged(false));
    await store.dispatch(
      addToCart({ listingId: listing.id, quantity: 500, title: listing.title, unitPrice: listing.price }),
    );
    store.dispatch(connectivityChanged(true));
    await waitFor(() => store.getState().cart.queue.length === 0);
    expect(store.getState().cart.notices).toEqual([
      `${listing.title} sold out while you were offline, so it was not added to your cart.`,
    ]);
  });

  it('a checkout with the test card invalidates the listing tags (stock is read again)', async () => {
    const cartId = store.getState().cart.cartId as string;
    const listingQuery = store.dispatch(
      api.endpoints.listings.initiate({ query: { available: 'true' }, page: 0 }),
    );
    await listingQuery;
    const before = api.endpoints.listings.select({ query: { available: 'true' }, page: 0 })(store.getState());
    const address = {
      firstName: 'Ada',
      lastName: 'Shopper',
      line1: '1 Main St',
      city: 'Austin',
      region: 'TX',
      postalCode: '73301',
      country: 'US',
    };
    await store.dispatch(
      api.endpoints.updateCart.initiate({
        cartId,
        update: { email: 'ada@example.com', shippingAddress: address },
      }),
    );
    const options = await store.dispatch(api.endpoints.shippingOptions.initiate(cartId));
    const method = options.data?.data[0];
    expect(method).toBeTruthy();
    const updated = await store.dispatch(
      api.endpoints.updateCart.initiate({ cartId, update: { shippingMethodId: method?.id } }),
    );
    const card = (await store.dispatch(api.endpoints.paymentMethods.initiate())).data?.find(
      (m) => m.provider === 'test',
    );
    const order = await store.dispatch(
      api.endpoints.checkout.initiate({
        idempotencyKey: randomUUID(),
        input: {
          cartId,
          email: 'ada@example.com',
          shippingAddress: address,
          shippingMethodId: method?.id,
          payments: [{ paymentMethodId: card?.id, token: 'tok_visa', amount: updated.data?.totalAmount }],
        },
      }),
    );
    expect(order.data?.paymentStatus).toBe('PAID');
    await waitFor(() => {
      const after = api.endpoints.listings.select({ query: { available: 'true' }, page: 0 })(
        store.getState(),
      );
      return (after.fulfilledTimeStamp ?? 0) > (before.fulfilledTimeStamp ?? 0);
    });
    const after = api.endpoints.listings.select({ query: { available: 'true' }, page: 0 })(
      store.getState(),
    ).data;
    expect(after?.data.find((l) => l.id === listing.id)?.available).toBe(listing.available - 3);
    listingQuery.unsubscribe();
  });
});

describe('persistence', () => {
  it('keeps the catalogue and the cart across a restart, and shows them offline', async () => {
    const storage = new MemoryStorage();
    const first = newStore();
    const { stop } = persist(first, storage, 10);
    const listing = await inStock(first, 2);
    await first.dispatch(api.endpoints.product.initiate(listing.slug));
    await first.dispatch(
      addToCart({ listingId: listing.id, quantity: 1, title: listing.title, unitPrice: listing.price }),
    );
    const cartId = first.getState().cart.cartId as string;
    await first.dispatch(api.endpoints.cart.initiate(cartId));
    stop();
    await new Promise((r) => setTimeout(r, 20));

    // The "relaunch": a new store with no network at all.
    const relaunched = newStore(offlineFetch);
    expect(await restore(relaunched, storage)).toBe(true);
    expect(relaunched.getState().cart.cartId).toBe(cartId);
    const product = await relaunched.dispatch(api.endpoints.product.initiate(listing.slug));
    expect(product.data?.title).toBe(listing.title);
    const cart = await relaunched.dispatch(api.endpoints.cart.initiate(cartId));
    expect(cart.data?.items[0]?.listingId).toBe(listing.id);
    const list = await relaunched.dispatch(
      api.endpoints.listings.initiate({ query: { available: 'true' }, page: 0 }),
    );
    expect(list.data?.data.length).toBeGreaterThan(0);
    // Something never fetched before fails as offline, not as a crash.
    const unseen = await relaunched.dispatch(api.endpoints.reviews.initiate('never-seen'));
    expect(unseen.error).toMatchObject({ status: 'FETCH_ERROR' });
  });
});

async function waitFor(check: () => boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
