import { returnableUnits } from '@ventory/shop-core';
import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { TrackForm } from '@/components/TrackForm';
import { orderReturns, trackOrder } from '@/lib/api/orders';
import { csrfToken } from '@/lib/csrf';
import { firstOf } from '@/lib/forms';
import { onDay } from '@/lib/order-status';
import { requireStore } from '@/lib/tenant';
import '../orders.css';
import { Returns } from './Returns';
import { Lines, Shipments, StatusSummary, Timeline } from './sections';

// Per shopper (the email is the key): never indexed, never cached (rendered per request, and the
// service worker leaves /track alone).
export const metadata: Metadata = { title: 'Order tracking', robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ orderNumber: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The same answer for a wrong number and a wrong email: the page never reveals that an order exists. */
function NotFound({ orderNumber, email }: { orderNumber: string; email: string }) {
  return (
    <section className="track narrow-page">
      <h1>Order not found</h1>
      <p role="alert" className="error" data-testid="track-not-found">
        We could not find an order with that number and email. Check both (the number is in your confirmation
        email) and try again.
      </p>
      <TrackForm orderNumber={orderNumber} email={email} />
    </section>
  );
}

/** Public tracking of one order: status, lines, packages with carrier and tracking number, history, returns. */
export default async function TrackingPage({ params, searchParams }: Props) {
  const [{ orderNumber: raw }, sp, store, csrf] = await Promise.all([
    params,
    searchParams,
    requireStore(),
    csrfToken(),
  ]);
  const orderNumber = safeDecode(raw).trim();
  const email = firstOf(sp.email).trim();
  const [t, returns] = await Promise.all([
    trackOrder(store, orderNumber, email),
    email ? orderReturns(store, orderNumber, email) : Promise.resolve([]),
  ]);
  if (!t) return <NotFound orderNumber={orderNumber} email={email} />;
  const units = t.items.reduce((n, i) => n + i.quantity, 0);
  const made = sp.return
    ? `Return ${sp.return} requested. We will email you when it is approved.`
    : undefined;
  return (
    <div className="track">
      <p className="muted">
        <Link href="/track">Track another order</Link>
      </p>
      <h1>Order {t.orderNumber}</h1>
      <p className="muted">
        Placed {onDay(t.placedAt)} · {units} {units === 1 ? 'item' : 'items'}
      </p>
      <Notice error={sp.error} info={made} />
      <div className="track-grid">
        <StatusSummary t={t} />
        <Shipments t={t} />
        <Lines t={t} />
        <Timeline t={t} />
        <Returns t={t} returns={returns} returnable={returnableUnits(t, returns)} email={email} csrf={csrf} />
      </div>
    </div>
  );
}
