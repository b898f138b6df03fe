import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from '@/components/Link';
import { getOrders } from '@/lib/api/account';
import { money } from '@/lib/format';
import { LAST_ORDER_COOKIE, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

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

/** Confirmation: from this browser's last-order cookie, or the signed-in shopper's orders. */
export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, store, jar, token] = await Promise.all([params, requireStore(), cookies(), shopperToken()]);
  let summary = readSummary(jar.get(LAST_ORDER_COOKIE)?.value, id);
  if (!summary && token) {
    const o = (await getOrders(store, token)).find((x) => x.id === id);
    if (o)
      summary = { id: o.id, orderNumber: o.orderNumber, totalAmount: o.totalAmount, email: o.customerEmail };
  }
  if (!summary) {
    return (
      <>
        <h1>Order</h1>
        <p>
          We cannot show this order here. <Link href="/account">Sign in</Link> to see your orders.
        </p>
      </>
    );
  }
  return (
    <section className="confirmation">
      <h1>Thank you for your order!</h1>
      <p>
        Order number <strong data-testid="order-number">{summary.orderNumber}</strong>
      </p>
      <p>
        Total paid <strong>{money(summary.totalAmount, store.currency)}</strong>. A confirmation goes to{' '}
        {summary.email}.
      </p>
      <Link href="/" className="button">
        Continue shopping
      </Link>
    </section>
  );
}
