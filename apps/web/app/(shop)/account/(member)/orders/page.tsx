import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { AccountOrders } from '@/components/AccountOrders';
import { getOrders, myReturns, returnable } from '@/lib/api/account';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Your orders', robots: { index: false } };

/** Every order of the shopper; each number opens its tracking page, shipped ones can be returned. */
export default async function OrdersPage() {
  const s = await currentShopper();
  if (!s.me) return <AccountGate title="Your orders" next="/account/orders" />;
  const [orders, returns] = await Promise.all([getOrders(s.store, s.token), myReturns(s.store, s.token)]);
  const canReturn = (o: (typeof orders)[number]) =>
    !['CANCELED', 'RETURNED'].includes(o.status) && [...returnable(o, returns).values()].some((n) => n > 0);
  return (
    <>
      <h1>Your orders</h1>
      <p className="muted">Select an order number to follow its delivery.</p>
      <AccountOrders orders={orders} email={s.me.email} currency={s.store.currency} returnable={canReturn} />
    </>
  );
}
