import Link from '@/components/Link';
import type { MissingSetup } from '@/lib/api/cart';

/**
 * Shown instead of the way to checkout while the store has no shipping or payment method: the
 * shopper learns the shop is not open for orders yet, not an API validation message.
 */
export function NotTakingOrders({ missing, storeName }: { missing: MissingSetup; storeName: string }) {
  if (missing.length === 0) return null;
  return (
    <section className="closed-notice" role="status" aria-labelledby="closed-title">
      <h2 id="closed-title">This shop cannot take orders yet</h2>
      <p>
        {storeName} is still setting up{' '}
        {missing.length === 2 ? 'delivery and payment' : missing[0] === 'shipping' ? 'delivery' : 'payment'}.
        Your cart is kept, so you can come back and finish your order once it opens.
      </p>
      <Link href="/search" className="button button-ghost button-wide">
        Keep browsing
      </Link>
    </section>
  );
}
