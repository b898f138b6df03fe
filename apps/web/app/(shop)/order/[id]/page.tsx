import { brandName } from '@ventory/shop-core';
import type { Metadata } from 'next';
import { Downloads } from '@/components/Downloads';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { PushOptIn } from '@/components/PushOptIn';
import { type Order, publishableKeyOf } from '@/lib/api/cart';
import { orderDownloads, trackingHref } from '@/lib/api/orders';
import { pushKey } from '@/lib/api/push';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { statusWord } from '@/lib/order-status';
import { shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';
import '../../track/orders.css';
import { orderAccess } from './access';
import { PaymentChallenge } from './PaymentChallenge';

export const metadata: Metadata = { title: 'Order confirmed', robots: { index: false } };

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
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const [{ id }, { error }] = await Promise.all([params, searchParams]);
  const [store, csrf] = await Promise.all([requireStore(), csrfToken()]);
  const { summary, order } = await orderAccess(store, id);
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
  const challenge = order?.payments.find((p) => p.status === 'REQUIRES_ACTION');
  const canceled = order?.status === 'CANCELED';
  const token = await shopperToken();
  const [downloads, vapidKey] = await Promise.all([
    order?.paymentStatus === 'PAID' ? orderDownloads(store, order.id, token) : [],
    token && !canceled ? pushKey(store) : null,
  ]);
  return (
    <section className="confirmation">
      <h1>
        {canceled
          ? 'Your order was canceled'
          : challenge
            ? 'Confirm your payment'
            : 'Thank you for your order!'}
      </h1>
      {canceled && order.paymentStatus === 'FAILED' ? (
        <p role="alert">The payment was not confirmed, so nothing was charged and the order was canceled.</p>
      ) : null}
      <Notice error={error} />
      {challenge && order ? (
        <PaymentChallenge
          orderId={order.id}
          payment={challenge}
          csrf={csrf}
          publishableKey={await publishableKeyOf(store, challenge.paymentMethodId)}
        />
      ) : null}
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
          <Downloads downloads={downloads} />
        </>
      ) : null}
      <p>
        Total <strong>{money(total, store.currency)}</strong>. A confirmation goes to {email}.
      </p>
      {vapidKey ? <PushOptIn vapidKey={vapidKey} csrf={csrf} /> : null}
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
