// CSV import of products, matched on SKU: streamed (rows are read, checked and written a batch at
// a time, never all held), row-by-row errors with their line numbers, a dry run that writes
// nothing, and idempotent: a row equal to what is stored changes nothing.
// Columns: sku, name, price (required); description, lowStockThreshold, stock (on create only).
import type { Readable } from 'node:stream';
import { csvCell } from '../../platform/csv.ts';
import {
  emptyReport,
  type ImportReport,
  inRowSavepoint,
  readInBatches,
  rowFailed,
} from '../../platform/csv-import.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/errors.ts';
import { CreateProductBody } from './inventory.validators.ts';
import { findBySkus } from './products.repository.ts';
import type { ProductService } from './products.service.ts';

export type { ImportReport } from '../../platform/csv-import.ts';

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
  /** A new product in its own savepoint: one refused row (e.g. its SKU is a variant's) does not abort the rest. */
  async function createOne(tx: TenantTx, row: Row, report: ImportReport, actor: string) {
    const refused = await inRowSavepoint(tx, () => products.create(tx, row.input, actor));
    if (!refused) report.created++;
    else
      rowFailed(report, {
        line: row.line,
        sku: row.input.sku,
        errors: [{ path: 'sku', message: refused instanceof Error ? refused.message : 'refused' }],
      });
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
    const report = emptyReport(dryRun);
    const seen = new Set<string>();
    await readInBatches<Row>(body, report, {
      header: (record) => {
        const missing = REQUIRED.filter((c) => !(c in record));
        if (missing.length) throw invalid(`The CSV needs the columns ${missing.join(', ')}`);
      },
      take: (record, line) => {
        const parsed = CreateProductBody.safeParse(toInput(record));
        const sku = record.sku || null;
        if (!parsed.success) {
          rowFailed(report, {
            line,
            sku,
            errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          });
          return null;
        }
        if (seen.has(parsed.data.sku)) {
          rowFailed(report, { line, sku, errors: [{ path: 'sku', message: 'appears twice in the file' }] });
          return null;
        }
        seen.add(parsed.data.sku);
        return { line, input: parsed.data };
      },
      flush: (batch) => flush(tx, batch, report, actor),
    });
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
