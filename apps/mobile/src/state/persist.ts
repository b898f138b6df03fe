import { hydrate, type PersistedState } from './slices.ts';
import type { AppStore, RootState } from './store.ts';

/** Where persisted state goes: AsyncStorage in the app, anything with the same two calls in tests. */
export type KeyValueStorage = {
  getItem: (key: string) => Promise<string | null>;
  setItem: (key: string, value: string) => Promise<void>;
};

const key = (domain: string) => `ventory:state:${domain}`;
const VERSION = 1;

/** The part of the state worth a restart: session, cart, lists, and the catalogue already fetched. */
export function persistedPart(state: RootState): PersistedState {
  const queries = Object.fromEntries(
    Object.entries(state.api.queries).filter(
      // Only answered reads; the order and account reads hold personal data and stay in memory.
      ([k, q]) => q?.status === 'fulfilled' && !/^(account|orders|giftCardBalance)\(/.test(k),
    ),
  );
  return {
    session: state.session,
    cart: state.cart,
    wishlist: state.wishlist,
    recent: state.recent,
    api: { ...state.api, queries, mutations: {}, subscriptions: {} },
  };
}

/** Restores what was saved for this store, if anything (a corrupt save is ignored). */
export async function restore(store: AppStore, storage: KeyValueStorage): Promise<boolean> {
  const domain = store.getState().session.storeDomain;
  try {
    const raw = await storage.getItem(key(domain));
    if (!raw) return false;
    const saved = JSON.parse(raw) as { v: number; state: PersistedState };
    if (saved.v !== VERSION) return false;
    store.dispatch(hydrate(saved.state));
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves after changes, at most once per `delayMs`. Answers `flush` (saves what is pending now) and
 * `stop` (flushes, then stops watching).
 */
export function persist(
  store: AppStore,
  storage: KeyValueStorage,
  delayMs = 500,
): { flush: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: unknown = null;
  const save = () => {
    timer = null;
    const state = store.getState();
    const part = persistedPart(state);
    void storage.setItem(key(state.session.storeDomain), JSON.stringify({ v: VERSION, state: part }));
  };
  const unsubscribe = store.subscribe(() => {
    const s = store.getState();
    const watched = [s.session, s.cart, s.wishlist, s.recent, s.api.queries];
    if (last && (last as unknown[]).every((v, i) => v === watched[i])) return;
    last = watched;
    if (!timer) timer = setTimeout(save, delayMs);
  });
  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    save();
  };
  return {
    flush,
    stop: () => {
      unsubscribe();
      flush();
    },
  };
}
