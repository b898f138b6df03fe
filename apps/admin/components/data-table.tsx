'use client';
// TanStack Table with server-side sorting and paging: the URL holds `sort` and `offset`.
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type OnChangeFn,
  type RowSelectionState,
  useReactTable,
} from '@tanstack/react-table';
import { useUrlState } from '@/lib/stores';

export function DataTable<T>({
  caption,
  columns,
  rows,
  total,
  limit,
  unit,
  className,
  rowId,
  selection,
}: {
  caption: string;
  columns: ColumnDef<T, unknown>[];
  rows: T[];
  total: number;
  limit: number;
  /** What the pager counts when it is not the rows themselves (e.g. "products"). */
  unit?: string;
  className?: string;
  /** A row's stable id (row selection is kept by it). */
  rowId?: (row: T) => string;
  /** Row selection (TanStack's state), for tables with checkbox columns. */
  selection?: { state: RowSelectionState; onChange: OnChangeFn<RowSelectionState> };
}) {
  const { params, set } = useUrlState();
  const offset = Number(params.get('offset') ?? 0);
  const sort = params.get('sort') ?? '';
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    getRowId: rowId ? (row) => rowId(row) : undefined,
    enableRowSelection: !!selection,
    state: { rowSelection: selection?.state ?? {} },
    onRowSelectionChange: selection?.onChange,
  });
  return (
    <>
      <table className={className}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => {
                const field = (h.column.columnDef.meta as { sort?: string } | undefined)?.sort;
                const dir = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : undefined;
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <th key={h.id} scope="col" aria-sort={field ? (dir ?? 'none') : undefined}>
                    {field ? (
                      <button
                        type="button"
                        onClick={() => set({ sort: dir === 'ascending' ? `-${field}` : field, offset: null })}
                      >
                        {label} {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : ''}
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            <tr key={r.id} className={r.getIsSelected() ? 'selected' : undefined}>
              {r.getVisibleCells().map((c) => {
                const { header, meta } = c.column.columnDef;
                return (
                  // data-label: a stacked (phone) layout can name each value without the header row.
                  <td
                    key={c.id}
                    className={(meta as { className?: string } | undefined)?.className}
                    data-label={typeof header === 'string' ? header : undefined}
                  >
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Pages">
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => set({ offset: String(Math.max(0, offset - limit)) })}
        >
          Previous
        </button>
        <span>
          {unit ? `${unit[0]?.toUpperCase()}${unit.slice(1)} ` : ''}
          {total === 0 ? 0 : offset + 1}–{Math.min(offset + limit, total)} of {total}
        </span>
        <button
          type="button"
          disabled={offset + limit >= total}
          onClick={() => set({ offset: String(offset + limit) })}
        >
          Next
        </button>
      </nav>
    </>
  );
}
