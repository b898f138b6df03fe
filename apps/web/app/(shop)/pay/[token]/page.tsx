import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { MethodChoice } from '@/app/(shop)/checkout/PaymentStep';
import { Notice } from '@/components/Notice';
import { paymentMethods } from '@/lib/api/cart';
import { type PaymentLinkOrder, payLinkOrder } from '@/lib/api/pay-link';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { cardFieldsUrl, gatewayOrigin } from '@/lib/public-api';
import { currentOrigin, requireStore } from '@/lib/tenant';
import { payOrder } from './actions';
import '../../track/orders.css';

// A link to one shopper's order: never indexed, and its token never sent on as a referrer.
export const metadata: Metadata = {
  title: 'Pay your order',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ error?: string; paid?: string }>;
};

function Summary({ order }: { order: PaymentLinkOrder }) {
  const m = (v: string) => money(v, order.currency);
  return (
    <section className="summary" aria-labelledby="pay-summary">
      <h2 id="pay-summary">Order {order.orderNumber}</h2>
      {order.customerName || order.customerEmail ? (
        <p className="muted">For {[order.customerName, order.customerEmail].filter(Boolean).join(' · ')}</p>
      ) : null}
      <ul className="mini-lines">
        {order.items.map((i, n) => (
          // Lines have no id on this public view; their position is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={n}>
            {i.quantity} × {i.title} <span>{m(i.totalAmount)}</span>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt>Subtotal</dt>
        <dd>{m(order.subtotalAmount)}</dd>
        {Number.parseFloat(order.discountAmount) > 0 ? (
          <>
            <dt>Discount</dt>
            <dd>−{m(order.discountAmount)}</dd>
          </>
        ) : null}
        <dt>Shipping</dt>
        <dd>{m(order.shippingAmount)}</dd>
        <dt>Tax</dt>
        <dd>{m(order.taxAmount)}</dd>
        <dt className="grand">Total</dt>
        <dd className="grand" data-testid="pay-total">
          {m(order.totalAmount)}
        </dd>
      </dl>
    </section>
  );
}

/** The checkout's payment form (methods, card fields) for the order's whole total. */
async function PayForm({ order, token }: { order: PaymentLinkOrder; token: string }) {
  const store = await requireStore();
  const [methods, csrf, origin] = await Promise.all([paymentMethods(store), csrfToken(), currentOrigin()]);
  if (methods.length === 0) return <p className="error">This shop cannot take payments online right now.</p>;
  const accent = store.primaryColor ?? '#2b50aa';
  const frame = {
    src: cardFieldsUrl(origin, accent),
    origin: gatewayOrigin(),
    amount: order.totalAmount,
    currency: order.currency,
    accent,
  };
  return (
    <form action={payOrder} className="stack checkout-form">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="idempotencyKey" value={randomUUID()} />
      <input type="hidden" name="expected" value={order.totalAmount} />
      <MethodChoice methods={methods} saved={[]} signedIn={false} frame={frame} />
      <button type="submit" className="button button-wide">
        Pay {money(order.totalAmount, order.currency)}
      </button>
    </form>
  );
}

/**
 * The pay page of an order a merchant created (phone or in-person sale): the order's summary and
 * the checkout's payment form; once paid, a thank-you; an expired or unknown link says so.
 */
export default async function PayPage({ params, searchParams }: Props) {
  const [{ token }, sp, store] = await Promise.all([params, searchParams, requireStore()]);
  const found = await payLinkOrder(store, token);
  if (found.kind !== 'order')
    return (
      <section className="confirmation">
        <h1>{found.kind === 'expired' ? 'This payment link has expired' : 'Payment link not found'}</h1>
        <p>
          {found.kind === 'expired'
            ? `Ask ${store.name} to send you a new link.`
            : `Check that you opened the whole link, or ask ${store.name} for a new one.`}
        </p>
      </section>
    );
  const { order } = found;
  const paid = order.paymentStatus === 'PAID' || order.paymentStatus === 'PARTIALLY_PAID';
  const pending = order.payments.some((p) => p.status === 'AUTHORIZED' || p.status === 'REQUIRES_ACTION');
  const canceled = order.status === 'CANCELED' || order.status === 'RETURNED';
  return (
    <div className="checkout pay-link">
      <h1>
        {paid ? 'Thank you, your order is paid' : canceled ? 'This order was canceled' : 'Pay your order'}
      </h1>
      {paid ? (
        <p role="status" className="info" data-testid="pay-paid">
          {store.name} has received your payment of {money(order.totalAmount, order.currency)} for order{' '}
          {order.orderNumber}.
        </p>
      ) : null}
      {pending && !paid ? (
        <p role="status" className="info">
          Your payment is being processed.
        </p>
      ) : null}
      {canceled && !paid ? <p>Contact {store.name} if you still want these items.</p> : null}
      <Notice error={sp.error} />
      <Summary order={order} />
      {!paid && !pending && !canceled ? <PayForm order={order} token={token} /> : null}
    </div>
  );
}
