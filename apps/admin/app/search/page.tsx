'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { money, Page, States } from '@/components/ui';
import { useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** Global search: orders by number or email and customers in the current store; products by SKU or name. */
export default function Search() {
  const q = useSearchParams().get('q') ?? '';
  const { client } = useSession();
  const { current } = useStores();
  const storeId = current?.id ?? '';
  const qs = `?q=${encodeURIComponent(q)}&limit=10`;
  const orders = useQuery({
    queryKey: ['search', 'orders', storeId, q],
    queryFn: () => client.commerce.orders.list(storeId, qs),
    enabled: !!storeId && !!q,
  });
  const products = useQuery({
    queryKey: ['search', 'products', q],
    queryFn: () => client.inventory.products.list(qs),
    enabled: !!q,
  });
  const customers = useQuery({
    queryKey: ['search', 'customers', storeId, q],
    queryFn: () => client.customers.list(storeId, qs),
    enabled: !!storeId && !!q,
  });
  return (
    <Page title={`Search: ${q}`} crumbs={[{ label: 'Search' }]}>
      <section className="panel" aria-labelledby="s-orders">
        <h2 id="s-orders">Orders</h2>
        <States query={orders} empty="No orders match." isEmpty={(d) => d.data.length === 0}>
          {(d) => (
            <ul>
              {d.data.map((o) => (
                <li key={o.id}>
                  <Link href={`/orders/${o.id}?store=${storeId}`}>{o.orderNumber}</Link> {o.customerEmail}{' '}
                  {money(o.totalAmount, o.currency)}
                </li>
              ))}
            </ul>
          )}
        </States>
      </section>
      <section className="panel" aria-labelledby="s-products">
        <h2 id="s-products">Products</h2>
        <States query={products} empty="No products match." isEmpty={(d) => d.data.length === 0}>
          {(d) => (
            <ul>
              {d.data.map((p) => (
                <li key={p.id}>
                  <Link href={`/products/${p.id}`}>{p.name}</Link> {p.sku}
                </li>
              ))}
            </ul>
          )}
        </States>
      </section>
      <section className="panel" aria-labelledby="s-customers">
        <h2 id="s-customers">Customers</h2>
        <States query={customers} empty="No customers match." isEmpty={(d) => d.data.length === 0}>
          {(d) => (
            <ul>
              {d.data.map((c) => (
                <li key={c.id}>
                  {[c.firstName, c.lastName].filter(Boolean).join(' ') || '—'} {c.email}
                </li>
              ))}
            </ul>
          )}
        </States>
      </section>
    </Page>
  );
}
