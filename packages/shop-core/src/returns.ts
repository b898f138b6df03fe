/** Returns still in progress: their units are spoken for, so they cannot be asked back twice (the API's rule). */
const OPEN_RETURN_STATUSES: readonly string[] = ['REQUESTED', 'APPROVED'];

type ReturnableLine = { id: string; quantityFulfilled: number; quantityReturned: number };
type ReturnOfOrder = { status: string; items: ReadonlyArray<{ itemId: string; quantity: number }> };

/**
 * Units of each order line that may still be returned: shipped, not yet back, not in an open
 * return. `returns` are the order's own (the admin's, the tracking page's or the account's list).
 */
export function returnableUnits(
  lines: readonly ReturnableLine[],
  returns: readonly ReturnOfOrder[],
): Map<string, number> {
  const pending = new Map<string, number>();
  for (const r of returns)
    if (OPEN_RETURN_STATUSES.includes(r.status))
      for (const l of r.items) pending.set(l.itemId, (pending.get(l.itemId) ?? 0) + l.quantity);
  return new Map(
    lines.map((i) => [
      i.id,
      Math.max(0, i.quantityFulfilled - i.quantityReturned - (pending.get(i.id) ?? 0)),
    ]),
  );
}
