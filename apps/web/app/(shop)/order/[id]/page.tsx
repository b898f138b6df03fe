import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from '@/components/Link';
import { getOrder, type Order } from '@/lib/api/cart';
import { trackingHref } from '@/lib/api/orders';
import { money } from '@/lib/format';
import { brandName, statusWord } from '@/lib/order-status';
import { LAST_ORDER_COOKIE, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';
import '../../track/orders.css';

export const metadata: Metadata = { title: 'Order confirmed', robots: { index: false } };

type Summary = { id: string; orderNumber: string; totalAmount: string; email: string };

function readSummary(raw: string | undefined, id: string): Summary | null {
  try {
    const s = JSON.parse(raw ?? 'null') as Summary | null;
    return s && s.id === id ? s : null;
  } catch {
    return null;
  }
}

/** How the order was paid: each gift card and card with its amount (a split shows both). */
function PaidWith({ order, currency }: { order: Order; currency: string }) {
  const taken = order.payments.filter((p) => p.status !== 'FAILED' && p.status !== 'VOIDED');
  if (taken.length === 0) return null;
  const name = (p: Order['payments'][number]) =>
    p.provider === 'gift_card'
      ? `Gift card •••• ${p.giftCardLast4 ?? ''}`
      : p.card?.last4
        ? `${brandName(p.card.brand)} ending ${p.card.last4}`
        : 'Card';
  return (
    <p data-testid="paid-with">
      Paid with{' '}
      {taken.map((p, i) => (
        <span key={p.id}>
          {i > 0 ? ' + ' : ''}
          {name(p)} ({money(p.amount, currency)})
        </span>
      ))}
    </p>
  );
}

/**
 * Confirmation and tracking: only for the browser that placed the order (its last-order cookie)
 * or the signed-in shopper; the order's lines and statuses come live from the API.
 */
export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, store, jar, token] = await Promise.all([params, requireStore(), cookies(), shopperToken()]);
  const summary = readSummary(jar.get(LAST_ORDER_COOKIE)?.value, id);
  const order = summary || token ? await getOrder(store, id, token) : null;
  if (!summary && !order) {
    return (
      <>
        <h1>Order</h1>
        <p>
          We cannot show this order here. <Link href="/account">Sign in</Link> to see your orders.
        </p>
      </>
    );
  }
  const number = order?.orderNumber ?? summary?.orderNumber;
  const total = order?.totalAmount ?? summary?.totalAmount;
  const email = order?.customerEmail ?? summary?.email;
  return (
    <section className="confirmation">
      <h1>Thank you for your order!</h1>
      <p>
        Order number <strong data-testid="order-number">{number}</strong>
      </p>
      {order ? (
        <>
          <ul className="mini-lines narrow-center">
            {order.items.map((i) => (
              <li key={i.id}>
                {i.quantity} × {i.title} <span>{money(i.lineTotal, store.currency)}</span>
              </li>
            ))}
          </ul>
          <p>
            Payment: {statusWord(order.paymentStatus, 'payment')} · Shipping:{' '}
            {statusWord(order.fulfillmentStatus)}
          </p>
          <PaidWith order={order} currency={store.currency} />
        </>
      ) : null}
      <p>
        Total <strong>{money(total, store.currency)}</strong>. A confirmation goes to {email}.
      </p>
      <p className="row confirmation-actions">
        {number && email ? (
          <Link href={trackingHref(number, email)} className="button" data-testid="track-link">
            Track your order
          </Link>
        ) : null}
        <Link href="/" className="button button-ghost">
          Continue shopping
        </Link>
      </p>
    </section>
  );
}
