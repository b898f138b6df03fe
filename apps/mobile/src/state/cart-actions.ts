import { createAsyncThunk, createListenerMiddleware } from '@reduxjs/toolkit';
import type { CartLineInput } from '@ventory/sdk';
import { type ApiFailure, api } from './api.ts';
import {
  cartCreated,
  cartGone,
  connectivityChanged,
  dequeued,
  noticed,
  type QueuedLine,
  queued,
  type SessionState,
} from './slices.ts';

type State = {
  session: SessionState;
  cart: { cartId: string | null; queue: QueuedLine[] };
  network: { online: boolean };
};

export type AddToCart = CartLineInput & { title: string; unitPrice: string };
export type AddResult = { status: 'added' } | { status: 'queued' } | { status: 'failed'; error: ApiFailure };

const offline = (e: ApiFailure) => e.status === 'FETCH_ERROR';
const outOfStock = (e: ApiFailure) =>
  e.status === 409 && 'problem' in e && e.problem.code === 'INSUFFICIENT_STOCK';
const cartMissing = (e: ApiFailure) => e.status === 404 || e.status === 410;

/** Sends one line: into the current cart, or a new cart when there is none (or it expired). */
async function send(
  line: AddToCart,
  dispatch: (a: unknown) => unknown,
  getState: () => unknown,
): Promise<{ ok: true } | { ok: false; error: ApiFailure }> {
  const { cartId } = (getState() as State).cart;
  const input: CartLineInput = { listingId: line.listingId, quantity: line.quantity };
  if (line.variantId) input.variantId = line.variantId;
  if (cartId) {
    const res = (await dispatch(
      api.endpoints.addItem.initiate({ cartId, line: input, title: line.title, unitPrice: line.unitPrice }),
    )) as { data?: unknown; error?: ApiFailure };
    if (!res.error) return { ok: true };
    if (!cartMissing(res.error)) return { ok: false, error: res.error };
    dispatch(cartGone());
  }
  const created = (await dispatch(api.endpoints.createCart.initiate({ items: [input] }))) as {
    data?: { id: string };
    error?: ApiFailure;
  };
  if (created.error || !created.data)
    return { ok: false, error: created.error ?? { status: 'FETCH_ERROR', error: '' } };
  dispatch(cartCreated(created.data.id));
  await dispatch(api.util.upsertQueryData('cart', created.data.id, created.data as never));
  return { ok: true };
}

const queuedLine = (line: AddToCart): QueuedLine => ({
  key: `${line.listingId}:${line.variantId ?? ''}:${Date.now()}`,
  listingId: line.listingId,
  variantId: line.variantId,
  quantity: line.quantity,
  title: line.title,
  unitPrice: line.unitPrice,
  queuedAt: new Date().toISOString(),
});

/**
 * Add to cart. Offline (known, or found out by a failed call) the line is queued on the device
 * and sent when the network returns; the cart screen lists it as waiting.
 */
export const addToCart = createAsyncThunk<AddResult, AddToCart>(
  'cart/add',
  async (line, { dispatch, getState }) => {
    if (!(getState() as State).network.online) {
      dispatch(queued(queuedLine(line)));
      return { status: 'queued' };
    }
    const res = await send(line, dispatch, getState);
    if (res.ok) return { status: 'added' };
    if (offline(res.error)) {
      dispatch(queued(queuedLine(line)));
      return { status: 'queued' };
    }
    return { status: 'failed', error: res.error };
  },
);

/**
 * Sends the queued lines in order. A line refused for stock is dropped with a message naming it;
 * a network failure stops the replay and keeps the rest for next time.
 * The cart is read again afterwards: the refetch that reconnecting starts may have been read by
 * the API before these lines landed and answer after them, putting the older cart back. RTK Query
 * holds the invalidation until every request in flight has answered, so the last read is fresh.
 */
export const replayQueue = createAsyncThunk('cart/replay', async (_: void, { dispatch, getState }) => {
  for (const line of [...(getState() as State).cart.queue]) {
    const res = await send(line, dispatch, getState);
    if (!res.ok && offline(res.error)) return;
    dispatch(api.util.invalidateTags(['Cart']));
    dispatch(dequeued(line.key));
    if (!res.ok)
      dispatch(
        noticed(
          outOfStock(res.error)
            ? `${line.title} sold out while you were offline, so it was not added to your cart.`
            : `${line.title} could not be added to your cart: ${'problem' in res.error ? res.error.problem.detail : 'try again'}.`,
        ),
      );
  }
});

/** Replays the offline queue whenever the device comes back online. */
export function cartListeners() {
  const listeners = createListenerMiddleware();
  listeners.startListening({
    actionCreator: connectivityChanged,
    effect: async (action, l) => {
      if (action.payload && (l.getState() as State).cart.queue.length > 0)
        await l.dispatch(replayQueue() as never);
    },
  });
  return listeners;
}
