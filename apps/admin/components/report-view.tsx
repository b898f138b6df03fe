'use client';
import type { CSSProperties } from 'react';
// One report's figures as a real table with a caption (the chart's alternative, right under it)
// and a CSV download built from the very same rows and columns.
import { type Column, cellText, downloadCsv, toCsv } from '@/lib/csv';
import { ScrollX } from './ui';

const grouped = (s: string) => {
  const [whole = '', fraction] = s.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
};

/** A cell as the table shows it: money to the cent with thousands separators, rates in %. */
export function shown(kind: Column<unknown>['kind'], v: string | number | null): string {
  if (v === null || v === undefined) return '–';
  if (kind === 'money') return grouped(cellText(kind, v));
  if (kind === 'number') return Number(v).toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (kind === 'count') return Number(v).toLocaleString('en-US');
  return cellText(kind, v);
}

export function ReportTable<R>({
  caption,
  columns,
  rows,
  filename,
  rowHeader = true,
  cellStyle,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  filename: string;
  rowHeader?: boolean;
  /** A cell's own style (a heat map's shade), by row and column index. */
  cellStyle?: (row: R, column: number) => CSSProperties | undefined;
}) {
  return (
    <div className="report-table">
      <ScrollX label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col" className={c.kind === 'text' ? undefined : 'num'}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: report rows have no id of their own; their order is the report's.
              <tr key={i}>
                {columns.map((c, j) =>
                  j === 0 && rowHeader ? (
                    <th key={c.label} scope="row">
                      {shown(c.kind, c.value(r))}
                    </th>
                  ) : (
                    <td
                      key={c.label}
                      className={c.kind === 'text' ? undefined : 'num'}
                      style={cellStyle?.(r, j)}
                    >
                      {shown(c.kind, c.value(r))}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <button type="button" onClick={() => downloadCsv(filename, toCsv(columns, rows))}>
        Download CSV: {caption}
      </button>
    </div>
  );
}
