import { createAction, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ImageRef } from '@ventory/sdk';

/** Everything the app keeps across restarts is restored by this one action (see persist.ts). */
export const hydrate = createAction<Partial<PersistedState>>('app/hydrate');

export type Shopper = { email: string; name: string | null };
export type SessionState = {
  /** The store this app sells for; a development build may switch it in the store picker. */
  storeDomain: string;
  token: string | null;
  shopper: Shopper | null;
  /** This phone's Expo push token once registered for the shopper's order updates. */
  pushToken: string | null;
};

export const sessionSlice = createSlice({
  name: 'session',
  initialState: { storeDomain: '', token: null, shopper: null, pushToken: null } as SessionState,
  reducers: {
    signedIn(state, action: PayloadAction<{ token: string; shopper: Shopper }>) {
      state.token = action.payload.token;
      state.shopper = action.payload.shopper;
    },
    signedOut(state) {
      state.token = null;
      state.shopper = null;
      state.pushToken = null;
    },
    pushTokenRegistered(state, action: PayloadAction<string>) {
      state.pushToken = action.payload;
    },
    storeChosen(state, action: PayloadAction<string>) {
      state.storeDomain = action.payload;
      state.token = null;
      state.shopper = null;
      state.pushToken = null;
    },
  },
  extraReducers: (b) =>
    b.addCase(hydrate, (state, action) => {
      const s = action.payload.session;
      // A saved session only counts for the store it was made in.
      if (s && (!state.storeDomain || s.storeDomain === state.storeDomain)) return { ...state, ...s };
    }),
});

/** An add-to-cart made offline, sent when the network returns. */
export type QueuedLine = {
  key: string;
  listingId: string;
  variantId?: string;
  quantity: number;
  title: string;
  unitPrice: string;
  queuedAt: string;
};

export type CartState = {
  cartId: string | null;
  queue: QueuedLine[];
  /** What the shopper should read about the cart (stock ran out while offline, ...). */
  notices: string[];
  lastOrder: { id: string; orderNumber: string; totalAmount: string; email: string } | null;
};

const initialCart: CartState = { cartId: null, queue: [], notices: [], lastOrder: null };

export const cartSlice = createSlice({
  name: 'cart',
  initialState: initialCart,
  reducers: {
    cartCreated(state, action: PayloadAction<string>) {
      state.cartId = action.payload;
    },
    cartGone(state) {
      state.cartId = null;
    },
    queued(state, action: PayloadAction<QueuedLine>) {
      const same = state.queue.find(
        (q) => q.listingId === action.payload.listingId && q.variantId === action.payload.variantId,
      );
      if (same) same.quantity += action.payload.quantity;
      else state.queue.push(action.payload);
    },
    dequeued(state, action: PayloadAction<string>) {
      state.queue = state.queue.filter((q) => q.key !== action.payload);
    },
    noticed(state, action: PayloadAction<string>) {
      state.notices.push(action.payload);
    },
    noticesRead(state) {
      state.notices = [];
    },
    orderPlaced(state, action: PayloadAction<NonNullable<CartState['lastOrder']>>) {
      state.cartId = null;
      state.lastOrder = action.payload;
    },
  },
  extraReducers: (b) =>
    b
      .addCase(hydrate, (state, action) => ({ ...state, ...action.payload.cart }))
      .addCase(sessionSlice.actions.storeChosen, () => initialCart),
});

/** A product as remembered on the device (wish list, recently viewed): enough to show a card. */
export type SavedListing = {
  listingId: string;
  slug: string;
  title: string;
  price: string;
  compareAtPrice?: string | null;
  image: ImageRef | null;
  available: number;
};

const MAX_RECENT = 12;

export const wishlistSlice = createSlice({
  name: 'wishlist',
  initialState: { items: [] as SavedListing[] },
  reducers: {
    toggled(state, action: PayloadAction<SavedListing>) {
      const i = state.items.findIndex((x) => x.listingId === action.payload.listingId);
      if (i >= 0) state.items.splice(i, 1);
      else state.items.unshift(action.payload);
    },
  },
  extraReducers: (b) =>
    b
      .addCase(hydrate, (state, action) => action.payload.wishlist ?? state)
      .addCase(sessionSlice.actions.storeChosen, () => ({ items: [] })),
});

export const recentSlice = createSlice({
  name: 'recent',
  initialState: { items: [] as SavedListing[] },
  reducers: {
    viewed(state, action: PayloadAction<SavedListing>) {
      state.items = [
        action.payload,
        ...state.items.filter((x) => x.listingId !== action.payload.listingId),
      ].slice(0, MAX_RECENT);
    },
  },
  extraReducers: (b) =>
    b
      .addCase(hydrate, (state, action) => action.payload.recent ?? state)
      .addCase(sessionSlice.actions.storeChosen, () => ({ items: [] })),
});

export const networkSlice = createSlice({
  name: 'network',
  initialState: { online: true },
  reducers: {
    connectivityChanged(state, action: PayloadAction<boolean>) {
      state.online = action.payload;
    },
  },
});

export type PersistedState = {
  session: SessionState;
  cart: CartState;
  wishlist: { items: SavedListing[] };
  recent: { items: SavedListing[] };
  /** RTK Query's cache (fulfilled queries only): the catalogue already seen, for offline use. */
  api: unknown;
};

export const { signedIn, signedOut, storeChosen, pushTokenRegistered } = sessionSlice.actions;
export const { cartCreated, cartGone, queued, dequeued, noticed, noticesRead, orderPlaced } =
  cartSlice.actions;
export const { toggled: wishlistToggled } = wishlistSlice.actions;
export const { viewed } = recentSlice.actions;
export const { connectivityChanged } = networkSlice.actions;
