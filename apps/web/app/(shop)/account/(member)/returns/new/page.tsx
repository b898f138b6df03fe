import { RETURN_REASONS } from '@ventory/shop-core';
import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { myReturns, returnable } from '@/lib/api/account';
import { getOrder } from '@/lib/api/cart';
import { csrfToken } from '@/lib/csrf';
import { firstOf, isUuid } from '@/lib/forms';
import { requestReturn } from '../../../actions';
import { currentShopper } from '../../../shopper';

export const metadata: Metadata = { title: 'Request a return', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Pick the shipped lines (and how many) of one of the shopper's orders to send back. */
export default async function NewReturnPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  const orderId = firstOf(sp.order);
  if (!s.me) return <AccountGate title="Request a return" next={`/account/returns/new?order=${orderId}`} />;
  // Guest orders are readable by id: only the shopper's own orders may be returned from here.
  const order = isUuid(orderId) ? await getOrder(s.store, orderId, s.token) : null;
  if (!order || order.customerId !== s.me.id)
    return (
      <>
        <h1>Request a return</h1>
        <p>That order was not found in your account.</p>
        <p>
          <Link href="/account/returns">Back to your returns</Link>
        </p>
      </>
    );
  const left = returnable(order, await myReturns(s.store, s.token));
  const lines = order.items.filter((i) => (left.get(i.id) ?? 0) > 0);
  return (
    <>
      <h1>Return items of order {order.orderNumber}</h1>
      <Notice error={sp.error} />
      {lines.length === 0 ? (
        <p>Nothing in this order can be returned right now: items can be returned once shipped.</p>
      ) : (
        <form action={requestReturn} className="stack narrow">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="orderId" value={order.id} />
          <input type="hidden" name="orderNumber" value={order.orderNumber} />
          <fieldset className="stack">
            <legend>How many of each item?</legend>
            {lines.map((i) => (
              <label key={i.id}>
                {i.title} <span className="muted">(up to {left.get(i.id)})</span>
                <input
                  type="number"
                  name={`qty:${i.id}`}
                  min={0}
                  max={left.get(i.id)}
                  defaultValue={lines.length === 1 ? 1 : 0}
                  inputMode="numeric"
                />
              </label>
            ))}
          </fieldset>
          <label>
            Reason
            <select name="reason" defaultValue={RETURN_REASONS[0]}>
              {RETURN_REASONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label>
            Anything else we should know? (optional)
            <textarea name="note" rows={3} maxLength={1000} />
          </label>
          <p className="row">
            <button type="submit" className="button">
              Request return
            </button>
            <Link href="/account/returns">Cancel</Link>
          </p>
        </form>
      )}
    </>
  );
}
