// CSV import of products, matched on SKU: streamed (rows are read, checked and written a batch at
// a time, never all held), row-by-row errors with their line numbers, a dry run that writes
// nothing, and idempotent: a row equal to what is stored changes nothing.
// Columns: sku, name, price (required); description, lowStockThreshold, stock (on create only).
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { csvCell, csvRecords } from '../../platform/csv.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/errors.ts';
import { CreateProductBody } from './inventory.validators.ts';
import { findBySkus } from './products.repository.ts';
import type { ProductService } from './products.service.ts';

export type ImportRowError = {
  line: number;
  sku: string | null;
  errors: Array<{ path: string; message: string }>;
};
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

const MAX_ERRORS = 1000;
const BATCH = 200;
const REQUIRED = ['sku', 'name', 'price'];

type Row = { line: number; input: ReturnType<typeof CreateProductBody.parse> };
type Existing = Awaited<ReturnType<typeof findBySkus>>[number];

const minor = (price: string | number | null | undefined) => Math.round(Number(price ?? 0) * 100);
const sameAs = (e: Existing, r: Row['input']) =>
  e.name === r.name &&
  e.priceMinor === minor(r.price) &&
  (e.description ?? null) === (r.description ?? null) &&
  (r.lowStockThreshold === undefined || e.lowStockThreshold === r.lowStockThreshold);

function toInput(record: Record<string, string>) {
  const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
  return {
    sku: record.sku,
    name: record.name,
    price: record.price,
    ...(record.description ? { description: record.description } : {}),
    ...(num(record.lowStockThreshold) !== undefined
      ? { lowStockThreshold: num(record.lowStockThreshold) }
      : {}),
    ...(num(record.stock) !== undefined ? { initialStock: num(record.stock) } : {}),
  };
}

export function createProductImport(products: ProductService) {
  /** A savepoint per new product: one refused row (e.g. its SKU is a variant's) does not abort the rest. */
  async function createOne(tx: TenantTx, row: Row, report: ImportReport, actor: string) {
    await sql`savepoint import_row`.execute(tx);
    try {
      await products.create(tx, row.input, actor);
      await sql`release savepoint import_row`.execute(tx);
      report.created++;
    } catch (e) {
      await sql`rollback to savepoint import_row`.execute(tx);
      report.failed++;
      if (report.errors.length < MAX_ERRORS)
        report.errors.push({
          line: row.line,
          sku: row.input.sku,
          errors: [{ path: 'sku', message: e instanceof Error ? e.message : 'refused' }],
        });
    }
  }

  async function flush(tx: TenantTx, batch: Row[], report: ImportReport, actor: string) {
    const existing = new Map(
      (
        await findBySkus(
          tx,
          batch.map((r) => r.input.sku),
        )
      ).map((e) => [e.sku, e]),
    );
    for (const row of batch) {
      const found = existing.get(row.input.sku);
      if (found && sameAs(found, row.input)) report.unchanged++;
      else if (found) {
        report.updated++;
        if (!report.dryRun) {
          const { sku: _sku, initialStock: _stock, ...changes } = row.input;
          await products.update(tx, found.id, changes);
        }
      } else if (report.dryRun) report.created++;
      else await createOne(tx, row, report, actor);
    }
  }

  return async function importCsv(tx: TenantTx, body: Readable, dryRun: boolean, actor: string) {
    const report: ImportReport = {
      dryRun,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      errors: [],
    };
    const fail = (e: ImportRowError) => {
      report.failed++;
      if (report.errors.length < MAX_ERRORS) report.errors.push(e);
    };
    const seen = new Set<string>();
    let batch: Row[] = [];
    try {
      for await (const { record, info } of csvRecords(body)) {
        if (report.rows === 0) {
          const missing = REQUIRED.filter((c) => !(c in record));
          if (missing.length) throw invalid(`The CSV needs the columns ${missing.join(', ')}`);
        }
        report.rows++;
        const parsed = CreateProductBody.safeParse(toInput(record));
        const sku = record.sku || null;
        if (!parsed.success) {
          fail({
            line: info.lines,
            sku,
            errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          });
          continue;
        }
        if (seen.has(parsed.data.sku)) {
          fail({ line: info.lines, sku, errors: [{ path: 'sku', message: 'appears twice in the file' }] });
          continue;
        }
        seen.add(parsed.data.sku);
        batch.push({ line: info.lines, input: parsed.data });
        if (batch.length >= BATCH) {
          await flush(tx, batch, report, actor);
          batch = [];
        }
      }
    } catch (e) {
      if (e instanceof Error && 'code' in e && String(e.code).startsWith('CSV_'))
        throw invalid(`Unreadable CSV: ${e.message}`);
      throw e;
    }
    await flush(tx, batch, report, actor);
    return report;
  };
}

/** The same columns as the import, a page of products at a time (never the whole catalog held). */
export async function* exportCsv(tx: TenantTx, products: ProductService): AsyncGenerator<string> {
  yield 'sku,name,price,description,lowStockThreshold,stock\n';
  for (let offset = 0; ; offset += 100) {
    const page = await products.list(tx, { limit: 100, offset, sort: 'sku' });
    for (const p of page.data)
      yield `${[p.sku, p.name, p.price, p.description, p.lowStockThreshold, p.stock.onHand].map(csvCell).join(',')}\n`;
    if (offset + 100 >= page.total) return;
  }
}
