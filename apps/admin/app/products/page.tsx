'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { InventoryProduct } from '@ventory/sdk';
import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import { money, Page, States } from '@/components/ui';
import { can, useSession } from '@/lib/session';
import { useUrlState } from '@/lib/stores';

const LIMIT = 25;
const columns: ColumnDef<InventoryProduct, unknown>[] = [
  {
    header: 'Name',
    meta: { sort: 'name' },
    cell: ({ row }) => <Link href={`/products/${row.original.id}`}>{row.original.name}</Link>,
  },
  { header: 'SKU', meta: { sort: 'sku' }, cell: ({ row }) => row.original.sku },
  { header: 'Variants', cell: ({ row }) => row.original.variants.length },
  {
    header: 'Price',
    meta: { sort: 'price' },
    cell: ({ row }) => money(row.original.price, row.original.currency),
  },
  { header: 'Available', cell: ({ row }) => row.original.stock.available },
];

export default function Products() {
  const { client, role } = useSession();
  const { params, set } = useUrlState();
  const q = params.get('q') ?? '';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  if (q) query.set('q', q);
  if (params.get('sort')) query.set('sort', params.get('sort') ?? '');
  const products = useQuery({
    queryKey: ['products', query.toString()],
    queryFn: () => client.inventory.products.list(`?${query}`),
    placeholderData: keepPreviousData,
  });
  return (
    <Page
      title="Products"
      crumbs={[{ label: 'Products' }]}
      actions={
        <div className="row">
          {can.importProducts(role) ? (
            <>
              <Link className="button" href="/products/import">
                Import CSV
              </Link>
              <button
                type="button"
                onClick={async () => {
                  const blob = await client.blob('/api/inventory/products/export', 'text/csv');
                  const a = document.createElement('a');
                  a.href = URL.createObjectURL(blob);
                  a.download = 'products.csv';
                  a.click();
                }}
              >
                Export CSV
              </button>
            </>
          ) : null}
          <Link className="button primary" href="/products/new">
            New product
          </Link>
        </div>
      }
    >
      <search>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: String(new FormData(e.currentTarget).get('q') ?? ''), offset: null });
          }}
        >
          <div className="field">
            <label htmlFor="product-q">Find by name or SKU</label>
            <input id="product-q" name="q" type="search" defaultValue={q} />
          </div>
          <div className="field">
            <button type="submit">Filter</button>
          </div>
        </form>
      </search>
      <States
        query={products}
        empty={q ? `No product matches “${q}”.` : 'No products yet.'}
        isEmpty={(d) => d.total === 0}
      >
        {(d) => (
          <DataTable caption="Products" columns={columns} rows={d.data} total={d.total} limit={LIMIT} />
        )}
      </States>
    </Page>
  );
}
