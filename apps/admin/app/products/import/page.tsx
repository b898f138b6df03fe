'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '@ventory/sdk';
import { useState } from 'react';
import { message, Page } from '@/components/ui';
import { useSession } from '@/lib/session';

/** CSV import: check first (dry run, nothing written), then import; both report row by row. */
export default function ImportProducts() {
  const { client } = useSession();
  const queries = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      setReport(await client.imports.products(file, { dryRun }));
      if (!dryRun) await queries.invalidateQueries({ queryKey: ['products'] });
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Import products" crumbs={[{ label: 'Products', href: '/products' }, { label: 'Import' }]}>
      <div className="panel">
        <p>
          A CSV with the columns <code>sku</code>, <code>name</code>, <code>price</code> and optionally{' '}
          <code>description</code>, <code>lowStockThreshold</code>, <code>stock</code> (on new products). Rows
          are matched on SKU: importing the same file twice changes nothing.
        </p>
        <div className="field">
          <label htmlFor="csv-file">CSV file</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          />
        </div>
        <div className="row">
          <button type="button" disabled={!file || busy} onClick={() => run(true)}>
            Check file (dry run)
          </button>
          <button type="button" className="primary" disabled={!file || busy} onClick={() => run(false)}>
            Import
          </button>
        </div>
        {busy ? <p role="status">Working…</p> : null}
        {error ? (
          <p role="alert" className="alert">
            {error}
          </p>
        ) : null}
      </div>
      {report ? <Report report={report} /> : null}
    </Page>
  );
}

function Report({ report }: { report: ImportReport }) {
  return (
    <section className="panel" aria-labelledby="report-h" aria-live="polite">
      <h2 id="report-h">{report.dryRun ? 'Dry run: nothing was written' : 'Import finished'}</h2>
      <p data-testid="import-summary">
        {report.rows} rows: {report.created} {report.dryRun ? 'to create' : 'created'}, {report.updated}{' '}
        {report.dryRun ? 'to update' : 'updated'}, {report.unchanged} unchanged, {report.failed} with errors
      </p>
      {report.errors.length ? (
        <table>
          <caption>Rows with errors</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">SKU</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e) => (
              <tr key={e.line}>
                <td>{e.line}</td>
                <td>{e.sku ?? '—'}</td>
                <td>{e.errors.map((f) => `${f.path}: ${f.message}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
