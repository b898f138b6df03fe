import { RETURN_REASONS, returnableUnits, shopperMessage } from '@ventory/shop-core';
import { useState } from 'react';
import { accountApi } from '../state/account-api.ts';
import { api } from '../state/api.ts';
import { useAppSelector } from '../state/hooks.ts';

/**
 * What of one of the shopper's own orders can still be sent back: shipped units not yet returned
 * nor in an open return, none on a canceled or returned order (shop-core's rule, the API's too).
 * Empty for someone else's or a guest order.
 */
export function useReturnable(orderId: string) {
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const me = api.useAccountQuery(undefined, { skip: !signedIn });
  const order = api.useOrderQuery(orderId, { skip: !orderId });
  const own = Boolean(me.data && order.data?.customerId === me.data.id);
  const returns = accountApi.useMyReturnsQuery(undefined, { skip: !own });
  const o = order.data;
  const left =
    own && o && returns.data
      ? returnableUnits(
          o,
          returns.data.filter((r) => r.orderId === o.id),
        )
      : new Map<string, number>();
  return {
    order,
    returns,
    lines: (o?.items ?? [])
      .filter((i) => (left.get(i.id) ?? 0) > 0)
      .map((i) => ({ ...i, left: left.get(i.id) ?? 0 })),
  };
}

/** The request form: how many of each line, one reason, an optional note; sent once. */
export function useReturnRequest(orderId: string) {
  const r = useReturnable(orderId);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState(RETURN_REASONS[0] as string);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const [send, sending] = accountApi.useRequestReturnMutation();
  // A single returnable line starts at one: the common case is one tap.
  const quantityOf = (id: string) => quantities[id] ?? (r.lines.length === 1 ? 1 : 0);
  const submit = async () => {
    const items = r.lines
      .map((l) => ({ itemId: l.id, quantity: quantityOf(l.id), reason }))
      .filter((l) => l.quantity > 0);
    if (items.length === 0) {
      setProblem('Choose at least one item to return.');
      return false;
    }
    const res = await send({
      orderNumber: r.order.data?.orderNumber ?? '',
      input: { items, kind: 'RETURN', ...(note.trim() ? { note: note.trim() } : {}) },
    });
    setProblem('error' in res ? shopperMessage(res.error) : '');
    return !('error' in res);
  };
  return {
    ...r,
    quantityOf,
    setQuantity: (id: string, n: number) => setQuantities((q) => ({ ...q, [id]: n })),
    reason,
    setReason,
    note,
    setNote,
    problem,
    busy: sending.isLoading,
    submit,
  };
}
