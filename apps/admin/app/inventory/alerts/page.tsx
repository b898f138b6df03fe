'use client';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { InventoryAlert, InventoryProduct } from '@ventory/sdk';
import Link from 'next/link';
import { useState } from 'react';
import { DataTable } from '@/components/data-table';
import { InventoryNav } from '@/components/inventory-nav';
import { message, Page, ScrollX, States } from '@/components/ui';
import { STOCK_POLL_MS, useStockRefresh } from '@/lib/inventory';
import { useSession } from '@/lib/session';
import { useUrlState } from '@/lib/stores';

const LIMIT = 25;
type AlertRow = InventoryAlert & { product?: InventoryProduct };
const skuOf = (a: AlertRow) => a.product?.variants.find((v) => v.id === a.variantId)?.sku ?? a.variantId;

function Acknowledge({ alert, onDone }: { alert: AlertRow; onDone: (note: string) => void }) {
  const { client } = useSession();
  const refresh = useStockRefresh();
  const [error, setError] = useState('');
  if (alert.acknowledged) return <span className="muted">Acknowledged</span>;
  return (
    <>
      <button
        type="button"
        aria-label={`Acknowledge alert for ${skuOf(alert)}`}
        onClick={async () => {
          setError('');
          try {
            await client.inventory.acknowledgeAlert(alert.id);
            await refresh();
            onDone(`Alert for ${skuOf(alert)} acknowledged.`);
          } catch (e) {
            setError(message(e));
          }
        }}
      >
        Acknowledge
      </button>
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : null}
    </>
  );
}

function columns(onDone: (note: string) => void): ColumnDef<AlertRow, unknown>[] {
  return [
    {
      header: 'SKU',
      meta: { className: 'span-all' },
      cell: ({ row: { original: a } }) => (
        <>
          <Link href={`/inventory/ledger/${a.productId}?variant=${a.variantId}`}>{skuOf(a)}</Link>
          <br />
          <span className="muted">
            {a.product?.name ?? '…'}
            {(a.product?.variants.length ?? 0) > 1
              ? ` · ${a.product?.variants.find((v) => v.id === a.variantId)?.name ?? ''}`
              : ''}
          </span>
        </>
      ),
    },
    {
      header: 'When',
      meta: { className: 'span-2' },
      cell: ({ row }) => new Date(row.original.createdAt).toLocaleString('en-GB'),
    },
    {
      header: 'Alert',
      meta: { className: 'span-2' },
      cell: ({ row: { original: a } }) => (
        <span className={a.kind === 'OUT_OF_STOCK' ? 'badge out' : 'badge low'}>
          {a.kind === 'OUT_OF_STOCK' ? 'Out of stock' : 'Low stock'}
        </span>
      ),
    },
    { header: 'Available then', cell: ({ row }) => row.original.available },
    { header: 'Threshold', cell: ({ row }) => row.original.threshold },
    {
      header: 'Available now',
      cell: ({ row: { original: a } }) =>
        a.product?.variants.find((v) => v.id === a.variantId)?.stock.available ?? '…',
    },
    {
      header: 'Status',
      meta: { className: 'span-all' },
      cell: ({ row }) => <Acknowledge alert={row.original} onDone={onDone} />,
    },
  ];
}

/** Low-stock and out-of-stock alerts, open ones first by default; acknowledge marks them seen. */
export default function Alerts() {
  const { client } = useSession();
  const { params, set } = useUrlState();
  const show = params.get('show') ?? 'open';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  if (show !== 'all') query.set('acknowledged', show === 'acknowledged' ? 'true' : 'false');
  const alerts = useQuery({
    queryKey: ['inventory', 'alerts', query.toString()],
    queryFn: () => client.inventory.alerts(`?${query}`),
    placeholderData: keepPreviousData,
    refetchInterval: STOCK_POLL_MS,
  });
  const ids = [...new Set(alerts.data?.data.map((a) => a.productId) ?? [])];
  const products = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['inventory', 'product', id],
      queryFn: () => client.inventory.products.get(id),
    })),
  });
  const byId = new Map(products.flatMap((p) => (p.data ? [[p.data.id, p.data] as const] : [])));
  const [note, setNote] = useState('');
  return (
    <Page title="Low stock" crumbs={[{ label: 'Inventory', href: '/inventory' }, { label: 'Low stock' }]}>
      <InventoryNav />
      <div className="field">
        <label htmlFor="alerts-show">Show</label>
        <select id="alerts-show" value={show} onChange={(e) => set({ show: e.target.value, offset: null })}>
          <option value="open">Not acknowledged</option>
          <option value="acknowledged">Acknowledged</option>
          <option value="all">All alerts</option>
        </select>
      </div>
      <p role="status" className={note ? 'notice' : 'visually-hidden'}>
        {note}
      </p>
      <States
        query={alerts}
        empty={show === 'open' ? 'No open low-stock alerts.' : 'No alerts here.'}
        isEmpty={(d) => d.total === 0}
      >
        {(d) => (
          <ScrollX label="Alerts table">
            <DataTable
              caption="Low-stock alerts"
              columns={columns(setNote)}
              rows={d.data.map((a) => ({ ...a, product: byId.get(a.productId) }))}
              total={d.total}
              limit={LIMIT}
              unit="alerts"
              className="cards-phone"
            />
          </ScrollX>
        )}
      </States>
    </Page>
  );
}
