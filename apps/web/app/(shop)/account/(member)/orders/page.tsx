import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { AccountOrders } from '@/components/AccountOrders';
import Link from '@/components/Link';
import { canReturn, getOrders, myReturns, ORDERS_PER_PAGE } from '@/lib/api/account';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Your orders', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** The shopper's orders, ten a page, newest first; each number opens its tracking page. */
export default async function OrdersPage({ searchParams }: Props) {
  const [s, sp] = await Promise.all([currentShopper(), searchParams]);
  if (!s.me) return <AccountGate title="Your orders" next="/account/orders" />;
  const page = Math.max(1, Number.parseInt(sp.page ?? '1', 10) || 1);
  const [{ orders, total }, returns] = await Promise.all([
    getOrders(s.store, s.token, page),
    myReturns(s.store, s.token),
  ]);
  const pages = Math.max(1, Math.ceil(total / ORDERS_PER_PAGE));
  return (
    <>
      <h1>Your orders</h1>
      <p className="muted">
        Select an order number to follow its delivery.
        {total > 0 ? ` ${total} order${total === 1 ? '' : 's'} in all.` : ''}
      </p>
      <AccountOrders
        orders={orders}
        email={s.me.email}
        currency={s.store.currency}
        returnable={(o) => canReturn(o, returns)}
      />
      {pages > 1 ? (
        <nav className="pager" aria-label="Order pages">
          {page > 1 ? <Link href={`/account/orders?page=${page - 1}`}>Newer orders</Link> : <span />}
          <span aria-current="page">
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/account/orders?page=${page + 1}`}>Older orders</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
