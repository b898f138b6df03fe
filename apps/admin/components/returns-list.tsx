'use client';
// The store's returns as a table (TanStack Table, paged by the API) with a status filter held in
// the URL. The steps themselves are on each order's page, where the row leads.
import type { ColumnDef } from '@tanstack/react-table';
import type { StaffReturnListed } from '@ventory/sdk';
import Link from 'next/link';
import { lineCount, NEXT_STEP_LABELS, nextStep, RETURN_STATUSES } from '@/lib/returns';
import { DataTable } from './data-table';

/** Each return opens on its order's page, scrolled to its card (`#return-<number>`). */
export const returnColumns = (storeId: string): ColumnDef<StaffReturnListed, unknown>[] => {
  const orderHref = (r: StaffReturnListed) => `/orders/${r.orderId}?store=${storeId}`;
  return [
    {
      header: 'Return',
      meta: { className: 'span-2' },
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`${orderHref(r)}#return-${r.number}`}>{r.number}</Link>
          {r.kind === 'EXCHANGE' ? <span className="muted"> · exchange</span> : null}
        </>
      ),
    },
    {
      header: 'Order',
      meta: { className: 'span-2' },
      cell: ({ row: { original: r } }) => <Link href={orderHref(r)}>{r.orderNumber}</Link>,
    },
    {
      header: 'Customer',
      meta: { className: 'span-all' },
      // The name when the order has one, and the email to reach them by.
      cell: ({ row: { original: r } }) =>
        r.customerName && r.customerEmail ? (
          <>
            {r.customerName} <span className="muted">{r.customerEmail}</span>
          </>
        ) : (
          (r.customerName ?? r.customerEmail ?? 'Guest')
        ),
    },
    // On a phone the cards are four columns; a status in one would break mid-word.
    { header: 'Status', meta: { className: 'span-2' }, cell: ({ row: { original: r } }) => r.status },
    { header: 'Lines', meta: { className: 'span-2' }, cell: ({ row: { original: r } }) => lineCount(r) },
    {
      header: 'Requested',
      meta: { className: 'span-2' },
      cell: ({ row: { original: r } }) => new Date(r.createdAt).toLocaleString('en-GB'),
    },
    {
      header: 'Next step',
      meta: { className: 'span-2' },
      cell: ({ row: { original: r } }) => {
        const step = nextStep(r);
        return step ? NEXT_STEP_LABELS[step] : <span className="muted">None, settled</span>;
      },
    },
  ];
};

export function ReturnsTable({
  storeId,
  rows,
  total,
  limit,
}: {
  storeId: string;
  rows: StaffReturnListed[];
  total: number;
  limit: number;
}) {
  return (
    <DataTable
      caption="Returns"
      className="cards-phone"
      columns={returnColumns(storeId)}
      rows={rows}
      total={total}
      limit={limit}
      unit="returns"
    />
  );
}

/** One status or any; a change goes back to the first page. */
export function ReturnStatusFilter({
  status,
  onChange,
}: {
  status: string;
  onChange: (status: string) => void;
}) {
  return (
    <search>
      <div className="row">
        <div className="field">
          <label htmlFor="returns-status">Status</label>
          <select id="returns-status" value={status} onChange={(e) => onChange(e.target.value)}>
            <option value="">Any</option>
            {RETURN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </div>
      </div>
    </search>
  );
}
