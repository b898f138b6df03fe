'use client';
// A CSV import: check the file first (a dry run that writes nothing and names the bad rows), then
// import; both answer with the API's report, row by row. Products and listings imports share it.
import type { ImportReport } from '@ventory/sdk';
import { type ReactNode, useState } from 'react';
import { message } from './ui';

export function CsvImport({
  intro,
  run,
  onImported,
}: {
  /** What the file holds (its columns) and how rows are matched. */
  intro: ReactNode;
  run: (file: File, dryRun: boolean) => Promise<ImportReport>;
  onImported?: () => Promise<unknown>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const go = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      setReport(await run(file, dryRun));
      if (!dryRun) await onImported?.();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="panel">
        {intro}
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
          <button type="button" disabled={!file || busy} onClick={() => go(true)}>
            Check file (dry run)
          </button>
          <button type="button" className="primary" disabled={!file || busy} onClick={() => go(false)}>
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
    </>
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
