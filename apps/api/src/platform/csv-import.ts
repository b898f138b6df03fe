// What every CSV import shares (products, listings): the report with row errors by file line, the
// streamed read a batch at a time, and one savepoint per written row so that a refused row does
// not abort the rest.
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { z } from 'zod';
import { csvRecords } from './csv.ts';
import type { TenantTx } from './db/pool.ts';
import { type FieldError, invalid } from './errors.ts';
import type { Expect, Fits } from './http/schemas.ts';

export type ImportRowError = { line: number; sku: string | null; errors: FieldError[] };
export type ImportReport = {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** The first MAX_ERRORS row errors (`failed` counts them all). */
  errors: ImportRowError[];
};

/** What an import did (or, in a dry run, would do), as the wire carries it. */
export const ImportReportResponse = z.strictObject({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  errors: z.array(
    z.strictObject({
      line: z.number().int(),
      sku: z.string().nullable(),
      errors: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    }),
  ),
});

export type ImportReportFits = Expect<Fits<ImportReport, typeof ImportReportResponse>>;

const MAX_ERRORS = 1000;
const BATCH = 200;

export const emptyReport = (dryRun: boolean): ImportReport => ({
  dryRun,
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
  errors: [],
});

/** Counts a refused row; the first MAX_ERRORS are kept with their lines. */
export function rowFailed(report: ImportReport, error: ImportRowError) {
  report.failed++;
  if (report.errors.length < MAX_ERRORS) report.errors.push(error);
}

/** Runs one row's write in a savepoint: the thrown error (the row undone), or undefined once written. */
export async function inRowSavepoint(tx: TenantTx, write: () => Promise<unknown>): Promise<unknown> {
  await sql`savepoint import_row`.execute(tx);
  try {
    await write();
    await sql`release savepoint import_row`.execute(tx);
    return undefined;
  } catch (e) {
    await sql`rollback to savepoint import_row`.execute(tx);
    return e ?? new Error('refused');
  }
}

/**
 * Reads `body` as CSV: `header` checks the first record's columns (throw to refuse the file),
 * `take` turns a record into a row for the batch (or reports it and answers null), and `flush`
 * writes a batch of 200 rows. An unreadable file is a 400.
 */
export async function readInBatches<R>(
  body: Readable,
  report: ImportReport,
  steps: {
    header: (record: Record<string, string>) => void;
    take: (record: Record<string, string>, line: number) => R | null;
    flush: (batch: R[]) => Promise<void>;
  },
) {
  let batch: R[] = [];
  try {
    for await (const { record, info } of csvRecords(body)) {
      if (report.rows === 0) steps.header(record);
      report.rows++;
      const row = steps.take(record, info.lines);
      if (row) batch.push(row);
      if (batch.length >= BATCH) {
        await steps.flush(batch);
        batch = [];
      }
    }
  } catch (e) {
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('CSV_'))
      throw invalid(`Unreadable CSV: ${e.message}`);
    throw e;
  }
  if (batch.length) await steps.flush(batch);
}
