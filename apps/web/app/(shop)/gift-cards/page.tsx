import type { Metadata } from 'next';
import { GiftCardCheck } from '@/components/GiftCardCheck';
import Link from '@/components/Link';
import { requireStore } from '@/lib/tenant';
import '../track/orders.css';

export const metadata: Metadata = {
  title: 'Gift cards',
  description: 'Check the balance of your gift card and use it at checkout.',
  alternates: { canonical: '/gift-cards' },
};

/** Balance check for a gift card; the card itself is used at checkout's payment step. */
export default async function GiftCardsPage() {
  const store = await requireStore();
  return (
    <section className="narrow-page gift-cards">
      <h1>Gift cards</h1>
      <p className="lede">
        Check what is left on a {store.name} gift card. At checkout, enter its code in the payment step: it
        pays what its balance covers and your card pays the rest.
      </p>
      <GiftCardCheck />
      <p className="muted">
        Ready to use it? <Link href="/cart">Go to your cart</Link>.
      </p>
    </section>
  );
}
