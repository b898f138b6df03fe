'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { money, Page, States } from '@/components/ui';
import { useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

// No order event stream exists for merchants yet: the home polls every few seconds (and on focus)
// so a new order shows without a reload.
const LIVE = 4000;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export default function Home() {
  const { client } = useSession();
  const { current } = useStores();
  const storeId = current?.id ?? '';
  const toFulfil = useQuery({
    queryKey: ['orders', storeId, 'to-fulfil'],
    queryFn: () =>
      client.commerce.orders.list(storeId, '?fulfillmentStatus=UNFULFILLED&sort=-createdAt&limit=10'),
    enabled: !!storeId,
    refetchInterval: LIVE,
  });
  const locations = useQuery({ queryKey: ['locations'], queryFn: () => client.inventory.locations.list() });
  const queues = useQuery({
    queryKey: ['queues', locations.data?.data.map((l) => l.id)],
    enabled: !!locations.data,
    refetchInterval: LIVE,
    queryFn: async () =>
      Promise.all(
        (locations.data?.data ?? []).map(async (l) => ({
          location: l,
          count: (await client.fulfillment.locationQueue(l.id)).total,
        })),
      ),
  });
  const alerts = useQuery({
    queryKey: ['alerts'],
    queryFn: () => client.inventory.alerts('?limit=100'),
    refetchInterval: LIVE * 5,
  });
  const returns = useQuery({
    queryKey: ['returns', storeId],
    queryFn: () => client.fulfillment.returns.list(storeId, '?status=APPROVED&limit=5'),
    enabled: !!storeId,
  });
  const reviews = useQuery({
    queryKey: ['reviews', storeId, 'pending'],
    queryFn: () => client.catalog.reviews.list(storeId, '?status=PENDING&limit=100'),
    enabled: !!storeId,
  });
  const sales = useQuery({
    queryKey: ['sales', storeId, day(0)],
    queryFn: () => client.analytics.sales(storeId, { from: day(-1), to: day(0), interval: 'day' }),
    enabled: !!storeId,
    refetchInterval: LIVE,
  });
  const series = sales.data?.series ?? [];
  const today = series.find((s) => s.period.startsWith(day(0)));
  const yesterday = series.find((s) => s.period.startsWith(day(-1)));
  const currency = current?.currency ?? 'USD';
  const openAlerts = (alerts.data?.data ?? []).filter((a) => !a.acknowledged);
  return (
    <Page title={current ? `Home · ${current.name}` : 'Home'}>
      {!current && !toFulfil.isPending ? (
        <p className="notice">No store yet: create one through the API or the demo seed.</p>
      ) : null}
      <section className="cards" aria-label="Today">
        <div className="card">
          <h2>Sales today</h2>
          <p className="big" data-testid="sales-today">
            {money(today?.netRevenue ?? 0, currency)}
          </p>
          <p className="muted">
            Yesterday {money(yesterday?.netRevenue ?? 0, currency)} · {today?.orders ?? 0} orders today, after
            refunds
          </p>
        </div>
        <div className="card">
          <h2>Low stock</h2>
          <p className="big">{openAlerts.length}</p>
          <Link href="/products?stock=low">See products</Link>
        </div>
        <div className="card">
          <h2>Returns to receive</h2>
          <p className="big" data-testid="returns-to-receive">
            {returns.data?.total ?? 0}
          </p>
          {/* The latest approved returns, each on its order's page, where it is received. */}
          <ul aria-label="Returns to receive" className="plain">
            {(returns.data?.data ?? []).map((r) => (
              <li key={r.id}>
                <Link href={`/orders/${r.orderId}?store=${storeId}#return-${r.number}`}>
                  Return {r.number}
                </Link>
              </li>
            ))}
          </ul>
          {/* Approved is the status that waits for the goods to come back. */}
          <Link href={`/returns?status=APPROVED&store=${storeId}`}>See returns to receive</Link>
        </div>
        <div className="card">
          <h2>Reviews to moderate</h2>
          <p className="big">{reviews.data?.total ?? 0}</p>
        </div>
      </section>
      <section className="panel" aria-labelledby="queues-h">
        <h2 id="queues-h">Packages to fulfil per location</h2>
        <States query={queues} empty="No locations yet." isEmpty={(d) => d.length === 0}>
          {(d) => (
            <ul>
              {d.map((q) => (
                <li key={q.location.id}>
                  <Link href={`/warehouse?location=${q.location.id}`}>{q.location.name}</Link>: {q.count}{' '}
                  queued
                </li>
              ))}
            </ul>
          )}
        </States>
      </section>
      <section className="panel" aria-labelledby="orders-h" aria-live="polite">
        <h2 id="orders-h">Orders to fulfil</h2>
        <States query={toFulfil} empty="Nothing to fulfil. Well done." isEmpty={(d) => d.data.length === 0}>
          {(d) => (
            <table>
              <caption className="visually-hidden">Unfulfilled orders, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Payment</th>
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link href={`/orders/${o.id}?store=${storeId}`}>{o.orderNumber}</Link>
                    </td>
                    <td>{o.customerEmail}</td>
                    <td>{o.paymentStatus}</td>
                    <td>{money(o.totalAmount, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </States>
      </section>
    </Page>
  );
}
