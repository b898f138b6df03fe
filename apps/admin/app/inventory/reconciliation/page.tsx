'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReconciliationReport } from '@ventory/sdk';
import { useState } from 'react';
import { InventoryNav } from '@/components/inventory-nav';
import { message, Page, ScrollX, States } from '@/components/ui';
import { useLocations } from '@/lib/inventory';
import { can, useSession } from '@/lib/session';

const FIELD: Record<string, string> = { onHand: 'On hand', reserved: 'Reserved', allocated: 'Allocated' };
const SOURCE: Record<string, string> = { ledger: 'Ledger total', holds: 'Open holds' };

function Report({ report }: { report: ReconciliationReport }) {
  const { client } = useSession();
  const locations = useLocations().data?.data ?? [];
  // SKUs of the variants named in the report (the first 100 physical products; else the id shows).
  const products = useQuery({
    queryKey: ['inventory', 'products', 'skus'],
    queryFn: () => client.inventory.products.list('?limit=100&type=PHYSICAL'),
    enabled: report.drift.length > 0,
  });
  const sku = (variantId: string) =>
    products.data?.data.flatMap((p) => p.variants).find((v) => v.id === variantId)?.sku;
  if (!report.checkedAt) return <p className="muted">No reconciliation has run yet.</p>;
  return (
    <>
      <p>
        Checked {new Date(report.checkedAt).toLocaleString('en-GB')}: {report.rowsChecked} stock rows,{' '}
        <strong data-testid="drift-count">{report.drift.length}</strong>{' '}
        {report.drift.length === 1 ? 'difference' : 'differences'}.
      </p>
      {report.drift.length === 0 ? (
        <p className="notice">Every stock figure matches its ledger and its open holds.</p>
      ) : (
        <ScrollX label="Differences table">
          <table className="cards-phone">
            <caption>Stock figures that differ from what they are built from</caption>
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">Location</th>
                <th scope="col">Figure</th>
                <th scope="col">Checked against</th>
                <th scope="col">Expected</th>
                <th scope="col">Actual</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {report.drift.map((d) => (
                <tr key={`${d.variantId}:${d.locationId}:${d.field}:${d.source}`}>
                  <td className="span-2">{sku(d.variantId) ?? <code>{d.variantId}</code>}</td>
                  <td className="span-2" data-label="Location">
                    {locations.find((l) => l.id === d.locationId)?.name ?? d.locationId}
                  </td>
                  <td className="span-2" data-label="Figure">
                    {FIELD[d.field] ?? d.field}
                  </td>
                  <td className="span-2" data-label="Checked against">
                    {SOURCE[d.source] ?? d.source}
                  </td>
                  <td data-label="Expected">{d.expected}</td>
                  <td data-label="Actual">{d.actual}</td>
                  <td data-label="Difference">
                    {d.actual - d.expected > 0 ? `+${d.actual - d.expected}` : d.actual - d.expected}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
    </>
  );
}

/** The latest reconciliation (stock recomputed from the ledger and holds); owners and admins run one. */
export default function Reconciliation() {
  const { client, role } = useSession();
  const queries = useQueryClient();
  const report = useQuery({
    queryKey: ['inventory', 'reconciliation'],
    queryFn: () => client.inventory.reconciliation(),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <Page
      title="Reconciliation"
      crumbs={[{ label: 'Inventory', href: '/inventory' }, { label: 'Reconciliation' }]}
      actions={
        can.reconcile(role) ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError('');
              try {
                queries.setQueryData(['inventory', 'reconciliation'], await client.inventory.reconcile());
              } catch (e) {
                setError(message(e));
              } finally {
                setBusy(false);
              }
            }}
          >
            {busy ? 'Running…' : 'Run reconciliation now'}
          </button>
        ) : null
      }
    >
      <InventoryNav />
      <p className="muted">
        Each stock figure is recomputed from the ledger of movements and the open reservations and
        allocations. A job also runs it every hour.
        {can.reconcile(role) ? '' : ' Owners and admins can run it now.'}
      </p>
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      <States query={report} empty="">
        {(r) => <Report report={r} />}
      </States>
    </Page>
  );
}
