import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import Link from '@/components/Link';
import { TrackForm } from '@/components/TrackForm';
import { trackingHref } from '@/lib/api/orders';
import { firstOf } from '@/lib/forms';
import { requireStore } from '@/lib/tenant';
import './orders.css';

export const metadata: Metadata = {
  title: 'Track your order',
  description: 'See where your order is: enter its number and your email.',
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The tracking form; a submitted number and email go on to the order's own tracking page. */
export default async function TrackPage({ searchParams }: Props) {
  const [sp] = await Promise.all([searchParams, requireStore()]);
  const orderNumber = firstOf(sp.orderNumber).trim().replace(/^#/, '');
  const email = firstOf(sp.email).trim();
  if (orderNumber && email) redirect(trackingHref(orderNumber, email));
  return (
    <section className="track narrow-page">
      <h1>Track your order</h1>
      <p className="lede">Enter your order number and the email you used at checkout.</p>
      <TrackForm orderNumber={orderNumber} email={email} />
      <p className="muted">
        Have an account? <Link href="/account">Your orders</Link> are listed there too.
      </p>
    </section>
  );
}
