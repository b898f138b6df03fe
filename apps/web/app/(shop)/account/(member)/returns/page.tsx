import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { dateText, statusText, trackHref } from '@/components/AccountOrders';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { canReturn, getOrders, myReturns, type ShopperReturn } from '@/lib/api/account';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Your returns', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

function ReturnRow({ r, email }: { r: ShopperReturn; email: string }) {
  return (
    <li className="account-card" data-testid="return">
      <p className="account-line">
        <strong>Return {r.number}</strong>
        <span className="account-badge">{statusText(r.status)}</span>
      </p>
      <p className="muted">
        Order <Link href={trackHref(r.orderNumber, email)}>{r.orderNumber}</Link> · requested{' '}
        {dateText(r.createdAt)}
      </p>
      <ul>
        {r.items.map((i) => (
          <li key={i.itemId}>
            {i.quantity} × {i.title}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The shopper's returns with their status, and the orders that can still be returned. */
export default async function ReturnsPage({ searchParams }: Props) {
  const [s, sp] = await Promise.all([currentShopper(), searchParams]);
  if (!s.me) return <AccountGate title="Your returns" next="/account/returns" />;
  // Returns are for recent orders: the newest page of them is enough.
  const [returns, { orders }] = await Promise.all([myReturns(s.store, s.token), getOrders(s.store, s.token)]);
  const open = orders.filter((o) => canReturn(o, returns));
  const email = s.me.email;
  return (
    <>
      <h1>Your returns</h1>
      <Notice
        error={sp.error}
        info={
          sp.requested ? `Return ${sp.requested} requested. We will email you about its progress.` : undefined
        }
      />
      {returns.length === 0 ? <p>No returns yet.</p> : null}
      <ul className="account-cards">
        {returns.map((r) => (
          <ReturnRow key={r.id} r={r} email={email} />
        ))}
      </ul>
      <section aria-labelledby="start-h">
        <h2 id="start-h">Return something</h2>
        {open.length === 0 ? (
          <p className="muted">Items can be returned once they have been shipped.</p>
        ) : (
          <ul className="account-links">
            {open.map((o) => (
              <li key={o.id}>
                <Link href={`/account/returns/new?order=${encodeURIComponent(o.id)}`}>
                  Return items of order {o.orderNumber}
                </Link>{' '}
                <span className="muted">({dateText(o.createdAt)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
