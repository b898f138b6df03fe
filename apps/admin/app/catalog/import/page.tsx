'use client';
import { useQueryClient } from '@tanstack/react-query';
import { CatalogNav } from '@/components/catalog-nav';
import { CsvImport } from '@/components/csv-import';
import { Page } from '@/components/ui';
import { useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** CSV import of the current store's listings: check first (dry run, nothing written), then import. */
export default function ImportListings() {
  const { client } = useSession();
  const { current, query: stores } = useStores();
  const queries = useQueryClient();
  return (
    <Page title="Import listings" crumbs={[{ label: 'Catalog', href: '/catalog' }, { label: 'Import' }]}>
      <CatalogNav />
      {!current ? (
        <p className="muted">{stores.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <CsvImport
          key={current.id}
          intro={
            <>
              <p>
                The listings of <strong>{current.name}</strong>, one row per product, matched on the product's{' '}
                <code>sku</code> (a product not yet listed here gets a listing). Any of these columns may
                follow; an empty cell leaves its field as it is:
              </p>
              <ul>
                <li>
                  <code>priceOverride</code> (the store's price), <code>priceMarkup</code> (percent over the
                  inventory price)
                </li>
                <li>
                  <code>salePrice</code>, <code>saleStartsAt</code>, <code>saleEndsAt</code> (ISO dates, e.g.
                  2026-12-24T00:00:00Z)
                </li>
                <li>
                  <code>isVisible</code>, <code>isPromoted</code> (true or false)
                </li>
                <li>
                  <code>customTitle</code>, <code>slug</code>, <code>metaTitle</code>,{' '}
                  <code>metaDescription</code> (SEO)
                </li>
              </ul>
              <p>Importing the same file twice changes nothing.</p>
            </>
          }
          run={(file, dryRun) => client.imports.listings(current.id, file, { dryRun })}
          onImported={() => queries.invalidateQueries({ queryKey: ['listings', current.id] })}
        />
      )}
    </Page>
  );
}
