'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { Order } from '@ventory/sdk';
import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import { ORDER_FILTER_LABELS, ORDER_FILTERS, OrderFilters } from '@/components/order-filters';
import { SavedViews } from '@/components/saved-views';
import { fieldErrors, money, Page, States } from '@/components/ui';
import { apiRange, DATE_PRESETS } from '@/lib/order-filters';
import { useSession } from '@/lib/session';
import { useStores, useUrlState } from '@/lib/stores';

const LIMIT = 25;
/** How a saved view names the list's URL parameters, and its quick date choices. */
const VIEW_LABELS = {
  ...ORDER_FILTER_LABELS,
  q: 'Search',
  sort: 'Sort',
  store: 'Store',
  created: 'Placed',
  createdFrom: 'From',
  createdTo: 'To',
};
const PRESET_LABELS = Object.fromEntries(DATE_PRESETS.map((p) => [p.key, p.label.toLowerCase()]));
/** The API's field errors of the list's query (`query.createdTo` → `createdTo`). */
const queryErrors = (e: unknown) =>
  Object.fromEntries(Object.entries(fieldErrors(e)).map(([k, v]) => [k.replace(/^query\./, ''), v]));

export default function Orders() {
  const { client } = useSession();
  const { current, stores } = useStores();
  const { params, set } = useUrlState();
  const storeId = current?.id ?? '';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  for (const k of ['q', 'sort', ...Object.keys(ORDER_FILTERS)]) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  for (const [k, v] of Object.entries(apiRange(params))) query.set(k, v);
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
    { header: 'Channel', cell: ({ row }) => row.original.source?.toLowerCase() ?? '' },
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
    <Page
      title="Orders"
      crumbs={[{ label: 'Orders' }]}
      actions={
        <Link className="button primary" href={`/orders/new?store=${storeId}`}>
          New order
        </Link>
      }
    >
      <SavedViews
        resource="orders"
        labels={VIEW_LABELS}
        valueLabels={{ ...PRESET_LABELS, ...Object.fromEntries(stores.map((s) => [s.id, s.name])) }}
      />
      <OrderFilters params={params} set={set} errors={queryErrors(orders.error)} />
      <States query={orders} empty="No orders match." isEmpty={(d) => d.total === 0}>
        {(d) => (
          <DataTable
            caption="Orders"
            className="cards-phone"
            columns={columns}
            rows={d.data}
            total={d.total}
            limit={LIMIT}
          />
        )}
      </States>
    </Page>
  );
}
