'use client';
import type { ColumnDef } from '@tanstack/react-table';
import type { InventoryLocation } from '@ventory/sdk';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table';
import { InventoryNav } from '@/components/inventory-nav';
import { NewLocation } from '@/components/new-location';
import {
  StockActionDialog,
  type StockActionKind,
  StockButtons,
  type StockTarget,
} from '@/components/stock-actions';
import { Page, ScrollX, States } from '@/components/ui';
import { type StockRow, stockRows, useLiveStock, useLocations, useStockPage } from '@/lib/inventory';
import { can, useSession } from '@/lib/session';
import { useStores, useUrlState } from '@/lib/stores';

const LIMIT = 25;

const target = (r: StockRow): StockTarget => ({
  productId: r.product.id,
  variantId: r.variant.id,
  sku: r.variant.sku,
  locationId: r.locationId,
  locationName: r.location?.name ?? 'unknown location',
  onHand: r.onHand,
  available: r.available,
});

function columns(onOpen: (k: StockActionKind, t: StockTarget) => void): ColumnDef<StockRow, unknown>[] {
  return [
    {
      header: 'SKU',
      meta: { className: 'span-all' },
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`/inventory/ledger/${r.product.id}?variant=${r.variant.id}`}>{r.variant.sku}</Link>
          <br />
          <span className="muted">
            {r.product.variants.length > 1 ? `${r.product.name} · ${r.variant.name}` : r.product.name}
          </span>
        </>
      ),
    },
    {
      header: 'Location',
      meta: { className: 'span-all' },
      cell: ({ row }) => row.original.location?.name ?? '—',
    },
    { header: 'On hand', cell: ({ row }) => row.original.onHand },
    { header: 'Reserved', cell: ({ row }) => row.original.reserved },
    { header: 'Allocated', cell: ({ row }) => row.original.allocated },
    {
      header: 'Available',
      cell: ({ row: { original: r } }) => (
        <>
          <span data-testid={`available-${r.variant.sku}-${r.location?.code ?? r.locationId}`}>
            {r.available}
          </span>{' '}
          {r.low ? (
            <span className="badge low" title={`At or below the threshold of ${r.threshold}`}>
              Low
            </span>
          ) : null}
        </>
      ),
    },
    {
      header: 'Actions',
      meta: { className: 'span-all' },
      cell: ({ row }) => <StockButtons target={target(row.original)} onOpen={onOpen} />,
    },
  ];
}

/** Location, low-stock and SKU filters, held in the URL (`location`, `low=1`, `sku`). */
function StockFilters({ locations }: { locations: InventoryLocation[] }) {
  const { params, set } = useUrlState();
  const location = params.get('location') ?? '';
  const lowOnly = params.get('low') === '1';
  const sku = params.get('sku') ?? '';
  return (
    <search>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          set({ sku: String(new FormData(e.currentTarget).get('sku') ?? '').trim(), offset: null });
        }}
      >
        <div className="field">
          <label htmlFor="stock-location">Location</label>
          <select
            id="stock-location"
            value={location}
            onChange={(e) => set({ location: e.target.value, offset: null })}
          >
            <option value="">All locations</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              // Uncontrolled: the box flips at once; the URL (and so the rows) follows a moment later.
              key={String(lowOnly)}
              defaultChecked={lowOnly}
              onChange={(e) => set({ low: e.target.checked ? '1' : null, offset: null })}
            />
            Low stock only
          </label>
        </div>
        <div className="field">
          <label htmlFor="stock-sku">Search by SKU</label>
          <input id="stock-sku" name="sku" type="search" defaultValue={sku} key={sku} />
        </div>
        <div className="field">
          <button type="submit">Filter</button>
        </div>
      </form>
    </search>
  );
}

export default function Inventory() {
  const { role } = useSession();
  const { current } = useStores();
  const { params } = useUrlState();
  const location = params.get('location') ?? '';
  const lowOnly = params.get('low') === '1';
  const sku = params.get('sku') ?? '';
  const query = new URLSearchParams({
    limit: String(LIMIT),
    offset: params.get('offset') ?? '0',
    type: 'PHYSICAL',
    sort: 'sku',
  });
  if (sku) query.set('q', sku);
  const locations = useLocations();
  const page = useStockPage(query.toString());
  const products = page.products.data?.data;
  useLiveStock(current?.domain, products ?? []);
  const [open, setOpen] = useState<{ kind: StockActionKind; target: StockTarget } | null>(null);
  const [note, setNote] = useState('');
  const cols = useMemo(() => columns((kind, t) => setOpen({ kind, target: t })), []);
  const allLocations = locations.data?.data ?? [];
  const rows = stockRows(products ?? [], page.byProduct, allLocations, { location, lowOnly, sku });
  const state = {
    isPending: page.pending || locations.isPending,
    error: page.error ?? locations.error,
    data: rows,
    refetch: () => Promise.all([page.products.refetch(), locations.refetch()]),
  };
  return (
    <Page
      title="Inventory"
      crumbs={[{ label: 'Inventory' }]}
      actions={can.manageLocations(role) ? <NewLocation onDone={setNote} /> : null}
    >
      <InventoryNav />
      <StockFilters locations={allLocations} />
      <p role="status" className={note ? 'notice' : 'visually-hidden'}>
        {note}
      </p>
      <States
        query={state}
        empty={sku ? `No product matches “${sku}”.` : 'No physical products yet: add one under Products.'}
        isEmpty={() => (page.products.data?.total ?? 0) === 0}
      >
        {(d) => (
          <ScrollX label="Stock table">
            {d.length === 0 ? <p className="muted">No stock matches these filters on this page.</p> : null}
            <DataTable
              caption="Stock per variant and location"
              columns={cols}
              rows={d}
              total={page.products.data?.total ?? 0}
              limit={LIMIT}
              unit="products"
              className="cards-phone"
            />
          </ScrollX>
        )}
      </States>
      <p className="muted">
        Figures update live as orders, returns and other staff change stock. Filters apply to the products on
        this page; the low-stock view lists every alert.
      </p>
      <StockActionDialog
        open={open}
        locations={allLocations}
        onClose={() => setOpen(null)}
        onDone={(n) => {
          setOpen(null);
          setNote(n);
        }}
      />
    </Page>
  );
}
