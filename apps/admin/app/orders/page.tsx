'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { Order } from '@ventory/sdk';
import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import { SavedViews } from '@/components/saved-views';
import { money, Page, States } from '@/components/ui';
import { useSession } from '@/lib/session';
import { useStores, useUrlState } from '@/lib/stores';

const LIMIT = 25;
const FILTERS = {
  status: ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELED', 'RETURNED'],
  paymentStatus: ['PENDING', 'PAID', 'PARTIALLY_PAID', 'REFUNDED', 'FAILED'],
  fulfillmentStatus: ['UNFULFILLED', 'PARTIALLY_FULFILLED', 'FULFILLED'],
} as const;
const LABELS: Record<keyof typeof FILTERS, string> = {
  status: 'Status',
  paymentStatus: 'Payment',
  fulfillmentStatus: 'Fulfilment',
};
/** How a saved view names the list's URL parameters. */
const VIEW_LABELS = { ...LABELS, q: 'Search', sort: 'Sort', store: 'Store' };

export default function Orders() {
  const { client } = useSession();
  const { current, stores } = useStores();
  const { params, set } = useUrlState();
  const storeId = current?.id ?? '';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  for (const k of ['q', 'sort', ...Object.keys(FILTERS)]) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  if (!query.has('sort')) query.set('sort', '-createdAt');
  const orders = useQuery({
    queryKey: ['orders', storeId, query.toString()],
    queryFn: () => client.commerce.orders.list(storeId, `?${query}`),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
  });
  const columns: ColumnDef<Order, unknown>[] = [
    {
      header: 'Order',
      meta: { sort: 'orderNumber' },
      cell: ({ row }) => (
        <Link href={`/orders/${row.original.id}?store=${storeId}`}>{row.original.orderNumber}</Link>
      ),
    },
    {
      header: 'Date',
      meta: { sort: 'createdAt' },
      cell: ({ row }) => new Date(row.original.createdAt).toLocaleString('en-GB'),
    },
    { header: 'Customer', cell: ({ row }) => row.original.customerEmail },
    { header: 'Status', cell: ({ row }) => row.original.status },
    { header: 'Payment', cell: ({ row }) => row.original.paymentStatus },
    { header: 'Fulfilment', cell: ({ row }) => row.original.fulfillmentStatus },
    {
      header: 'Total',
      meta: { sort: 'totalAmount' },
      cell: ({ row }) => money(row.original.totalAmount, row.original.currency),
    },
  ];
  return (
    <Page title="Orders" crumbs={[{ label: 'Orders' }]}>
      <SavedViews
        resource="orders"
        labels={VIEW_LABELS}
        valueLabels={Object.fromEntries(stores.map((s) => [s.id, s.name]))}
      />
      <search>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: String(new FormData(e.currentTarget).get('q') ?? ''), offset: null });
          }}
        >
          <div className="field">
            <label htmlFor="orders-q">Order number or email</label>
            <input
              id="orders-q"
              name="q"
              type="search"
              key={params.get('q') ?? ''}
              defaultValue={params.get('q') ?? ''}
            />
          </div>
          {(Object.keys(FILTERS) as Array<keyof typeof FILTERS>).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`f-${k}`}>{LABELS[k]}</label>
              <select
                id={`f-${k}`}
                value={params.get(k) ?? ''}
                onChange={(e) => set({ [k]: e.target.value, offset: null })}
              >
                <option value="">Any</option>
                {FILTERS[k].map((v) => (
                  <option key={v} value={v}>
                    {v.replace(/_/g, ' ').toLowerCase()}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="field">
            <button type="submit">Filter</button>
          </div>
        </form>
      </search>
      <States query={orders} empty="No orders match." isEmpty={(d) => d.total === 0}>
        {(d) => <DataTable caption="Orders" columns={columns} rows={d.data} total={d.total} limit={LIMIT} />}
      </States>
    </Page>
  );
}
