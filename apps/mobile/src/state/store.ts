import { combineReducers, configureStore } from '@reduxjs/toolkit';
import { VentoryClient } from '@ventory/sdk';
import { api } from './api.ts';
import { cartListeners } from './cart-actions.ts';
import { cartSlice, networkSlice, recentSlice, sessionSlice, wishlistSlice } from './slices.ts';

const reducer = combineReducers({
  session: sessionSlice.reducer,
  cart: cartSlice.reducer,
  wishlist: wishlistSlice.reducer,
  recent: recentSlice.reducer,
  network: networkSlice.reducer,
  [api.reducerPath]: api.reducer,
});

export type RootState = ReturnType<typeof reducer>;

export type StoreOptions = {
  apiUrl: string;
  storeDomain: string;
  /** For tests and tools: a fetch other than the global one. */
  fetch?: typeof fetch;
};

/** The app's Redux store for one API and store; the SDK client rides along as the thunk extra. */
export function makeStore({ apiUrl, storeDomain, fetch: fetchImpl }: StoreOptions) {
  const client = new VentoryClient({ baseUrl: apiUrl, fetch: fetchImpl ?? ((...a) => fetch(...a)) });
  const listeners = cartListeners();
  const store = configureStore({
    reducer,
    preloadedState: { session: { storeDomain, token: null, shopper: null } } as Partial<RootState>,
    middleware: (getDefault) =>
      getDefault({ thunk: { extraArgument: { client } } })
        .prepend(listeners.middleware)
        .concat(api.middleware),
  });
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];
