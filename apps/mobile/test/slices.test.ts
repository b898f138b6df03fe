import { describe, expect, it } from '@jest/globals';
import {
  cartSlice,
  hydrate,
  queued,
  recentSlice,
  type SavedListing,
  sessionSlice,
  storeChosen,
  viewed,
  wishlistSlice,
  wishlistToggled,
} from '../src/state/slices.ts';

const listing = (n: number): SavedListing => ({
  listingId: `l${n}`,
  slug: `p-${n}`,
  title: `Product ${n}`,
  price: '10.00',
  image: null,
  available: 3,
});

describe('slices (real reducers)', () => {
  it('wish list toggles an item in and out, newest first', () => {
    let s = wishlistSlice.reducer(undefined, wishlistToggled(listing(1)));
    s = wishlistSlice.reducer(s, wishlistToggled(listing(2)));
    expect(s.items.map((i) => i.listingId)).toEqual(['l2', 'l1']);
    s = wishlistSlice.reducer(s, wishlistToggled(listing(1)));
    expect(s.items.map((i) => i.listingId)).toEqual(['l2']);
  });

  it('recently viewed keeps the last 12, most recent first, without duplicates', () => {
    let s = recentSlice.reducer(undefined, { type: 'init' });
    for (let n = 1; n <= 14; n++) s = recentSlice.reducer(s, viewed(listing(n)));
    s = recentSlice.reducer(s, viewed(listing(5)));
    expect(s.items).toHaveLength(12);
    expect(s.items[0]?.listingId).toBe('l5');
    expect(s.items.filter((i) => i.listingId === 'l5')).toHaveLength(1);
    expect(s.items.map((i) => i.listingId)).not.toContain('l1');
  });

  it('queues offline adds, merging the same product', () => {
    const line = { key: 'a', listingId: 'l1', quantity: 1, title: 'Mug', unitPrice: '5.00', queuedAt: 'now' };
    let s = cartSlice.reducer(undefined, queued(line));
    s = cartSlice.reducer(s, queued({ ...line, key: 'b', quantity: 2 }));
    s = cartSlice.reducer(s, queued({ ...line, key: 'c', listingId: 'l2' }));
    expect(s.queue.map((q) => [q.listingId, q.quantity])).toEqual([
      ['l1', 3],
      ['l2', 1],
    ]);
  });

  it('restores a saved session only for the same store, and a store switch clears the shopper', () => {
    const saved = {
      storeDomain: 'a.localhost',
      token: 't',
      shopper: { email: 'x@y.z', name: null },
      pushToken: null,
    };
    const forA = sessionSlice.reducer(
      { storeDomain: 'a.localhost', token: null, shopper: null, pushToken: null },
      hydrate({ session: saved }),
    );
    expect(forA.token).toBe('t');
    const forB = sessionSlice.reducer(
      { storeDomain: 'b.localhost', token: null, shopper: null, pushToken: null },
      hydrate({ session: saved }),
    );
    expect(forB.token).toBeNull();
    expect(sessionSlice.reducer(forA, storeChosen('b.localhost'))).toEqual({
      storeDomain: 'b.localhost',
      token: null,
      shopper: null,
      pushToken: null,
    });
    const cart = cartSlice.reducer(
      { cartId: 'c1', queue: [], notices: [], lastOrder: null },
      storeChosen('b'),
    );
    expect(cart.cartId).toBeNull();
  });
});
