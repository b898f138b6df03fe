import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type CsvRecord = { record: Record<string, string>; info: { lines: number } };

/** A CSV body streamed as records (trimmed headers and cells, BOM and blank lines skipped) with their file line. */
export function csvRecords(body: Readable): AsyncIterable<CsvRecord> {
  return body.pipe(
    parse({
      columns: (h: string[]) => h.map((c) => c.trim()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      max_record_size: 64 * 1024,
    }),
  );
}

/**
 * One CSV cell: quoted when needed; a leading =, +, -, @ (not a number) is prefixed with ' so a
 * spreadsheet does not run it as a formula.
 */
export const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
