/** Returns still in progress: their units are spoken for, so they cannot be asked back twice (the API's rule). */
const OPEN_RETURN_STATUSES: readonly string[] = ['REQUESTED', 'APPROVED'];

/** A canceled or returned order takes no return requests at all (the API refuses them). */
const CLOSED_ORDER_STATUSES: readonly string[] = ['CANCELED', 'RETURNED'];

/** The reasons a shopper picks from when asking for a return (account pages, web and app). */
export const RETURN_REASONS = [
  'Does not fit',
  'Damaged or faulty',
  'Not as described',
  'Changed my mind',
  'Other',
];

type ReturnableOrder = {
  status: string;
  items: ReadonlyArray<{ id: string; quantityFulfilled: number; quantityReturned: number }>;
};
type ReturnOfOrder = { status: string; items: ReadonlyArray<{ itemId: string; quantity: number }> };

/**
 * Units of each order line that may still be returned: shipped, not yet back, not in an open
 * return, and none once the order is canceled or returned. `returns` are the order's own (the
 * admin's, the tracking page's or the account's list).
 */
export function returnableUnits(
  order: ReturnableOrder,
  returns: readonly ReturnOfOrder[],
): Map<string, number> {
  const closed = CLOSED_ORDER_STATUSES.includes(order.status);
  const pending = new Map<string, number>();
  for (const r of returns)
    if (OPEN_RETURN_STATUSES.includes(r.status))
      for (const l of r.items) pending.set(l.itemId, (pending.get(l.itemId) ?? 0) + l.quantity);
  return new Map(
    order.items.map((i) => [
      i.id,
      closed ? 0 : Math.max(0, i.quantityFulfilled - i.quantityReturned - (pending.get(i.id) ?? 0)),
    ]),
  );
}
