'use client';
// An order's returns and exchanges and its resendable emails, through the SDK's client: the list,
// opening one, and each step the API offers (approve, reject, receive, refund, place the exchange).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApiError,
  type OpenReturnInput,
  type Order,
  type ReceiveReturnInput,
  type ResendOrderEmailInput,
  type StaffReturn,
  type StaffReturnStatus,
} from '@ventory/sdk';
import { useSession } from './session';

/** Every status a return can have, in the order a return goes through them (the list's filter). */
export const RETURN_STATUSES: StaffReturnStatus[] = [
  'REQUESTED',
  'APPROVED',
  'RECEIVED',
  'REFUNDED',
  'EXCHANGED',
  'REJECTED',
  'CANCELED',
];

/**
 * Field errors keyed by order line id. Zod paths ("items.0.quantity") name a position in what was
 * sent; the returns service names the line itself ("items.<line id>", or `itemId` on a 409).
 */
export function lineErrors(err: unknown, sentLineIds: string[]): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  // The 409's problem names the line in an extension member the SDK's Problem type leaves open.
  const { itemId } = err.problem as { itemId?: unknown };
  if (typeof itemId === 'string') out[itemId] = err.problem.detail;
  for (const f of err.problem.errors ?? []) {
    const [head, key] = f.path.replace(/^body\./, '').split('.');
    // Anything not of a line ("reason", "note") keeps its own name.
    const id =
      head !== 'items' ? head : key !== undefined && /^\d+$/.test(key) ? sentLineIds[Number(key)] : key;
    if (id) out[id] = f.message;
  }
  return out;
}

/** What the next step of a return is, for the screen (none once it is settled). */
export const nextStep = (r: Pick<StaffReturn, 'status' | 'kind'>) =>
  r.status === 'REQUESTED'
    ? 'approve'
    : r.status === 'APPROVED'
      ? 'receive'
      : r.status === 'RECEIVED'
        ? r.kind === 'EXCHANGE'
          ? 'exchange'
          : 'refund'
        : null;

/** What the list says the next step is; the step itself is taken on the order's page. */
export const NEXT_STEP_LABELS: Record<NonNullable<ReturnType<typeof nextStep>>, string> = {
  approve: 'Approve or reject',
  receive: 'Receive the goods',
  refund: 'Refund',
  exchange: 'Place exchange order',
};

/** Lines and units of a return, e.g. "2 lines · 3 units". */
export const lineCount = (r: Pick<StaffReturn, 'items'>) => {
  const units = r.items.reduce((n, l) => n + l.quantity, 0);
  const lines = r.items.length;
  return `${lines} ${lines === 1 ? 'line' : 'lines'} · ${units} ${units === 1 ? 'unit' : 'units'}`;
};

/**
 * A page of the store's returns, newest first, optionally of one status. Under the home's
 * `['returns', storeId]` key, so every step taken on an order's page refreshes it too.
 */
export function useStoreReturns(storeId: string, q: { status?: string; offset: number; limit: number }) {
  const { client } = useSession();
  const query = new URLSearchParams({ limit: String(q.limit), offset: String(q.offset) });
  if (q.status) query.set('status', q.status);
  return useQuery({
    queryKey: ['returns', storeId, query.toString()],
    queryFn: () => client.fulfillment.returns.list(storeId, `?${query}`),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
  });
}

/** The order's returns (oldest first, as they were numbered) and the steps that move them. */
export function useOrderReturns(storeId: string, orderId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['order', storeId, orderId, 'returns'];
  const list = useQuery({
    queryKey: key,
    queryFn: async () =>
      [...(await client.fulfillment.returns.list(storeId, `?orderId=${orderId}&limit=100`)).data].reverse(),
    enabled: !!storeId,
  });
  // A step changes the order too (returned counts, refunds, status) and the home's figure.
  const settle = () =>
    Promise.all([
      queries.invalidateQueries({ queryKey: ['order', storeId, orderId] }),
      queries.invalidateQueries({ queryKey: ['returns', storeId] }),
    ]);
  const r = client.fulfillment.returns;
  return {
    list,
    open: useStep(settle, (input: OpenReturnInput) => r.open(storeId, orderId, input)),
    approve: useStep(settle, (id: string) => r.approve(storeId, id)),
    reject: useStep(settle, (input: { id: string; note?: string }) =>
      r.reject(storeId, input.id, input.note),
    ),
    receive: useStep(settle, (input: { id: string } & ReceiveReturnInput) => {
      const { id, ...body } = input;
      return r.receive(storeId, id, body);
    }),
    refund: useStep(settle, (id: string) => r.refund(storeId, id)),
    exchange: useStep(settle, (id: string) => r.exchange(storeId, id)),
  };
}

function useStep<I>(settle: () => Promise<unknown>, fn: (input: I) => Promise<unknown>) {
  return useMutation({ mutationFn: fn, onSuccess: settle });
}

/** Sends an order email to the customer again; the timeline gets a line for it. */
export function useResendEmail(storeId: string, orderId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: ResendOrderEmailInput) => client.fulfillment.resendEmail(storeId, orderId, input),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['order', storeId, orderId, 'timeline'] }),
  });
}
