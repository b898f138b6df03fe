'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { InventoryLocation, InventoryTransaction, ProductVariant } from '@ventory/sdk';
import { useParams } from 'next/navigation';
import { DataTable } from '@/components/data-table';
import { InventoryNav } from '@/components/inventory-nav';
import { Page, ScrollX, States } from '@/components/ui';
import { STOCK_POLL_MS, useLocations } from '@/lib/inventory';
import { useSession } from '@/lib/session';
import { useUrlState } from '@/lib/stores';

const LIMIT = 50;
/** Ledger types as a merchant reads them. */
const TYPE_LABEL: Record<string, string> = {
  ADJUSTMENT: 'Adjustment',
  RECEIPT: 'Received',
  TRANSFER_IN: 'Transfer in',
  TRANSFER_OUT: 'Transfer out',
  RESERVE: 'Reserved',
  RELEASE: 'Released',
  EXPIRE: 'Hold expired',
  ALLOCATE: 'Allocated',
  DEALLOCATE: 'Deallocated',
  FULFIL: 'Shipped',
  RESTOCK: 'Restocked',
  SYNC: 'External sync',
};
const typeOf = (t: InventoryTransaction) => TYPE_LABEL[t.type] ?? t.type;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function columns(
  variants: ProductVariant[],
  locations: InventoryLocation[],
  oneVariant: boolean,
): ColumnDef<InventoryTransaction, unknown>[] {
  const sku: ColumnDef<InventoryTransaction, unknown> = {
    header: 'SKU',
    meta: { className: 'span-2' },
    cell: ({ row }) => variants.find((v) => v.id === row.original.variantId)?.sku ?? '—',
  };
  return [
    {
      header: 'When',
      meta: { className: 'span-2' },
      cell: ({ row }) => new Date(row.original.createdAt).toLocaleString('en-GB'),
    },
    { header: 'Type', meta: { className: 'span-2' }, cell: ({ row }) => typeOf(row.original) },
    ...(oneVariant ? [] : [sku]),
    {
      header: 'Location',
      meta: { className: oneVariant ? 'span-all' : 'span-2' },
      cell: ({ row }) => locations.find((l) => l.id === row.original.locationId)?.name ?? '—',
    },
    { header: 'On hand', cell: ({ row }) => signed(row.original.onHandDelta) },
    { header: 'Reserved', cell: ({ row }) => signed(row.original.reservedDelta) },
    { header: 'Allocated', cell: ({ row }) => signed(row.original.allocatedDelta) },
    {
      header: 'Reason',
      meta: { className: 'span-all' },
      cell: ({ row }) => row.original.reason ?? row.original.reference ?? '',
    },
  ];
}

/** The inventory transactions of a product, newest first, optionally of one of its variants. */
export default function Ledger() {
  const { productId } = useParams<{ productId: string }>();
  const { client } = useSession();
  const { params, set } = useUrlState();
  const variantId = params.get('variant') ?? '';
  const offset = params.get('offset') ?? '0';
  const product = useQuery({
    queryKey: ['inventory', 'product', productId],
    queryFn: () => client.inventory.products.get(productId),
  });
  const locations = useLocations();
  const ledger = useQuery({
    queryKey: ['inventory', 'ledger', productId, offset],
    queryFn: () =>
      client.inventory.products.transactions(productId, `?limit=${LIMIT}&offset=${offset}&sort=-createdAt`),
    placeholderData: keepPreviousData,
    refetchInterval: STOCK_POLL_MS,
  });
  const variants = product.data?.variants ?? [];
  const variant = variants.find((v) => v.id === variantId);
  const title = `Ledger: ${variant?.sku ?? product.data?.name ?? 'product'}`;
  return (
    <Page title={title} crumbs={[{ label: 'Inventory', href: '/inventory' }, { label: 'Ledger' }]}>
      <InventoryNav />
      {variants.length > 1 ? (
        <div className="field">
          <label htmlFor="ledger-variant">Variant</label>
          <select
            id="ledger-variant"
            value={variantId}
            onChange={(e) => set({ variant: e.target.value, offset: null })}
          >
            <option value="">All variants</option>
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.sku}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {variant ? (
        <p>
          {product.data?.name} · {variant.name}: on hand <strong>{variant.stock.onHand}</strong>, available{' '}
          <strong data-testid="ledger-available">{variant.stock.available}</strong>
        </p>
      ) : null}
      <States query={ledger} empty="No stock movements yet." isEmpty={(d) => d.total === 0}>
        {(d) => {
          const rows = variantId ? d.data.filter((t) => t.variantId === variantId) : d.data;
          return (
            <ScrollX label="Ledger table">
              {variant ? (
                <p className="muted">
                  {rows.length} of the {d.data.length} movements of {product.data?.name} on this page are of{' '}
                  {variant.sku}.
                </p>
              ) : null}
              <DataTable
                caption={`Inventory transactions of ${variant?.sku ?? product.data?.name ?? 'the product'}`}
                columns={columns(variants, locations.data?.data ?? [], !!variant)}
                rows={rows}
                total={d.total}
                limit={LIMIT}
                unit="movements"
                className="cards-phone"
              />
            </ScrollX>
          );
        }}
      </States>
    </Page>
  );
}
