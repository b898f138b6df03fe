import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { Downloads } from '@/components/Downloads';
import { getOrders } from '@/lib/api/account';
import { orderDownloads } from '@/lib/api/orders';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Downloads', robots: { index: false } };

/** The digital products of the shopper's recent paid orders, with fresh signed links. */
export default async function DownloadsPage() {
  const s = await currentShopper();
  if (!s.me) return <AccountGate title="Downloads" next="/account/downloads" />;
  const { orders } = await getOrders(s.store, s.token);
  const paid = orders.filter((o) => o.paymentStatus === 'PAID');
  const downloads = (await Promise.all(paid.map((o) => orderDownloads(s.store, o.id, s.token)))).flat();
  return (
    <>
      <h1>Downloads</h1>
      {downloads.length === 0 ? (
        <p>Digital products you buy appear here, with a link to download them.</p>
      ) : (
        <Downloads downloads={downloads} heading="From your recent orders" />
      )}
    </>
  );
}
