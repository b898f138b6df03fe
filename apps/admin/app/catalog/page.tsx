'use client';
import type { ColumnDef, RowSelectionState, Updater } from '@tanstack/react-table';
import Link from 'next/link';
import { useState } from 'react';
import { BulkEdit } from '@/components/bulk-edit';
import { CatalogNav } from '@/components/catalog-nav';
import { DataTable } from '@/components/data-table';
import { money, Page, ScrollX, States } from '@/components/ui';
import { type Listing, useCategories, useListings } from '@/lib/catalog';
import { saveDownload } from '@/lib/download';
import { useSession } from '@/lib/session';
import { useStores, useUrlState } from '@/lib/stores';

const LIMIT = 25;
const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : null;

/** "From Mar 1, 9:00 AM until Mar 8, 9:00 AM", or "always" when the sale has no window. */
export function saleWindow(l: Pick<Listing, 'saleStartsAt' | 'saleEndsAt'>) {
  const from = when(l.saleStartsAt);
  const until = when(l.saleEndsAt);
  if (!from && !until) return 'no end date';
  return [from ? `from ${from}` : '', until ? `until ${until}` : ''].filter(Boolean).join(' ');
}

function columns(storeQs: string): ColumnDef<Listing, unknown>[] {
  return [
    {
      id: 'select',
      header: () => <span className="visually-hidden">Select</span>,
      meta: { className: 'select-cell' },
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select ${row.original.title}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    },
    {
      header: 'Product',
      meta: { sort: 'title', className: 'span-all' },
      cell: ({ row: { original: l } }) => (
        <Link href={`/catalog/listings/${l.id}${storeQs}`} aria-label={`Edit ${l.title}`}>
          {l.title}
        </Link>
      ),
    },
    {
      header: 'Price',
      meta: { sort: 'price' },
      cell: ({ row: { original: l } }) => (
        <>
          {money(l.price, l.currency)}
          {l.compareAtPrice ? (
            <>
              {' '}
              <s>
                <span className="visually-hidden">was </span>
                {money(l.compareAtPrice, l.currency)}
              </s>
            </>
          ) : null}
        </>
      ),
    },
    {
      header: 'Sale',
      meta: { className: 'span-2' },
      cell: ({ row: { original: l } }) =>
        l.salePrice ? (
          <>
            {money(l.salePrice, l.currency)} <span className="muted">{saleWindow(l)}</span>
            {l.onSale ? <span className="badge">On sale now</span> : null}
          </>
        ) : (
          <span className="muted">None</span>
        ),
    },
    { header: 'Visible', cell: ({ row }) => (row.original.isVisible ? 'Visible' : 'Hidden') },
    { header: 'Promoted', cell: ({ row }) => (row.original.isPromoted ? 'Promoted' : 'No') },
  ];
}

/** The store's listings: what each product sells for here, its sale, whether shoppers see it. */
export default function CatalogListings() {
  const { current, query: storesQuery } = useStores();
  const { params, set } = useUrlState();
  const q = params.get('q') ?? '';
  const shown = params.get('visible') ?? '';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  if (q) query.set('q', q);
  if (shown) query.set('isVisible', shown);
  query.set('sort', params.get('sort') ?? 'title');
  const listings = useListings(current?.id ?? '', query.toString());
  const { client } = useSession();
  const categories = useCategories(current?.id ?? '').list;
  const storeQs = current ? `?store=${current.id}` : '';
  // The selection belongs to the page of rows it was made on: another page or filter starts empty.
  const pageKey = `${current?.id}?${query}`;
  const [picked, setPicked] = useState<{ key: string; rows: RowSelectionState }>({ key: '', rows: {} });
  const selection = picked.key === pageKey ? picked.rows : {};
  const select = (next: Updater<RowSelectionState>) =>
    setPicked({ key: pageKey, rows: typeof next === 'function' ? next(selection) : next });
  const [status, setStatus] = useState('');
  const rows = (listings.data?.data ?? []) as Listing[];
  const chosen = rows.filter((l) => selection[l.id]);
  const all = rows.length > 0 && chosen.length === rows.length;
  return (
    <Page
      title="Catalog"
      crumbs={[{ label: 'Catalog' }]}
      actions={
        current ? (
          <div className="row">
            <Link className="button" href={`/catalog/import${storeQs}`}>
              Import listings CSV
            </Link>
            <button
              type="button"
              onClick={() =>
                saveDownload(client, `/api/stores/${current.id}/products/export`, 'listings.csv', 'text/csv')
              }
            >
              Export listings CSV
            </button>
          </div>
        ) : null
      }
    >
      <CatalogNav />
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <>
          <search>
            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                const f = new FormData(e.currentTarget);
                set({ q: String(f.get('q') ?? ''), visible: String(f.get('visible') ?? ''), offset: null });
              }}
            >
              <div className="field">
                <label htmlFor="listing-q">Find by title</label>
                <input id="listing-q" name="q" type="search" defaultValue={q} />
              </div>
              <div className="field">
                <label htmlFor="listing-visible">Shown to shoppers</label>
                <select id="listing-visible" name="visible" defaultValue={shown}>
                  <option value="">All</option>
                  <option value="true">Visible</option>
                  <option value="false">Hidden</option>
                </select>
              </div>
              <div className="field">
                <button type="submit">Filter</button>
              </div>
            </form>
          </search>
          <States
            query={listings}
            empty={q ? `No listing matches “${q}”.` : `No products are listed in ${current.name} yet.`}
            isEmpty={(d) => d.total === 0}
          >
            {(d) => (
              <>
                <div className="row bulk-select">
                  <label>
                    <input
                      type="checkbox"
                      checked={all}
                      ref={(el) => {
                        if (el) el.indeterminate = chosen.length > 0 && !all;
                      }}
                      onChange={() => select(all ? {} : Object.fromEntries(rows.map((l) => [l.id, true])))}
                    />
                    Select all listings on this page
                  </label>
                  <p role="status" className="ok">
                    {status}
                  </p>
                </div>
                {chosen.length > 0 ? (
                  <BulkEdit
                    storeId={current.id}
                    selected={chosen}
                    currency={chosen[0]?.currency ?? 'USD'}
                    categories={categories.data?.data ?? []}
                    onDone={(text) => {
                      setStatus(text);
                      select({});
                    }}
                  />
                ) : null}
                <ScrollX label="Listings">
                  <DataTable
                    caption={`Listings of ${current.name}`}
                    className="cards-phone"
                    columns={columns(storeQs)}
                    rows={d.data as Listing[]}
                    total={d.total}
                    limit={LIMIT}
                    rowId={(l) => l.id}
                    selection={{ state: selection, onChange: select }}
                  />
                </ScrollX>
              </>
            )}
          </States>
        </>
      )}
    </Page>
  );
}
