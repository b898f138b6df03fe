'use client';
import { useQueryClient } from '@tanstack/react-query';
import { CsvImport } from '@/components/csv-import';
import { Page } from '@/components/ui';
import { useSession } from '@/lib/session';

/** CSV import of products: check first (dry run, nothing written), then import. */
export default function ImportProducts() {
  const { client } = useSession();
  const queries = useQueryClient();
  return (
    <Page title="Import products" crumbs={[{ label: 'Products', href: '/products' }, { label: 'Import' }]}>
      <CsvImport
        intro={
          <p>
            A CSV with the columns <code>sku</code>, <code>name</code>, <code>price</code> and optionally{' '}
            <code>description</code>, <code>lowStockThreshold</code>, <code>stock</code> (on new products).
            Rows are matched on SKU: importing the same file twice changes nothing.
          </p>
        }
        run={(file, dryRun) => client.imports.products(file, { dryRun })}
        onImported={() => queries.invalidateQueries({ queryKey: ['products'] })}
      />
    </Page>
  );
}
