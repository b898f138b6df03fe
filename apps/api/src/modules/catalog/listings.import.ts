// CSV import of a store's listings, matched on the inventory product's SKU, the same way as the
// products import: streamed (a batch at a time), row errors with their line numbers, a dry run that
// writes nothing, and idempotent (a row equal to the listing changes nothing). A row whose product
// has no listing in the store creates one. An empty cell leaves its field as it is.
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
import { DomainError, type FieldError, invalid } from '../../platform/errors.ts';
import { fromMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import type { CatalogInventory } from './catalog.ports.ts';
import { type ListingInput, UpdateListingBody } from './catalog.validators.ts';
import { LISTING_COLUMNS, type Listing, listingsOfProducts } from './listings.repository.ts';
import { type ListingService, listingColumns } from './listings.service.ts';

/** The columns besides `sku`: the listing fields of the same names. */
export const LISTING_CSV_COLUMNS = [
  'customTitle',
  'slug',
  'isVisible',
  'isPromoted',
  'priceOverride',
  'priceMarkup',
  'salePrice',
  'saleStartsAt',
  'saleEndsAt',
  'metaTitle',
  'metaDescription',
] as const;
const BOOLEAN_COLUMNS = new Set(['isVisible', 'isPromoted']);

type Row = { line: number; sku: string; input: ListingInput };

const BOOLEANS: Record<string, boolean> = {
  true: true,
  yes: true,
  '1': true,
  false: false,
  no: false,
  '0': false,
};

/** A record's non-empty cells as a listing input (unknown columns are ignored), or its cell errors. */
function toInput(record: Record<string, string>): { input: Record<string, unknown>; errors: FieldError[] } {
  const input: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const column of LISTING_CSV_COLUMNS) {
    const cell = record[column];
    if (cell === undefined || cell === '') continue;
    if (!BOOLEAN_COLUMNS.has(column)) input[column] = cell;
    else if (cell.toLowerCase() in BOOLEANS) input[column] = BOOLEANS[cell.toLowerCase()];
    else errors.push({ path: column, message: 'must be true or false' });
  }
  return { input, errors };
}

/** Whether a column patch would change the listing (numerics and dates compared by value). */
function changes(current: Listing, patch: Record<string, unknown>): boolean {
  const now = current as unknown as Record<string, unknown>;
  return Object.entries(patch).some(([key, next]) => {
    const was = now[key];
    if (next instanceof Date || was instanceof Date)
      return !(next instanceof Date && was instanceof Date && next.getTime() === was.getTime());
    if (key === 'priceMarkup') return Number(was) !== Number(next);
    return (was ?? null) !== (next ?? null);
  });
}

const rowErrors = (e: unknown): FieldError[] =>
  e instanceof DomainError && e.details.errors?.length
    ? e.details.errors
    : [{ path: 'sku', message: e instanceof Error ? e.message : 'refused' }];

export function createListingImport(listings: ListingService, inventory: CatalogInventory) {
  /** A row's write in its own savepoint: one refused row (e.g. a slug in use) does not abort the rest. */
  async function write(tx: TenantTx, row: Row, report: ImportReport, run: () => Promise<unknown>) {
    const refused = await inRowSavepoint(tx, run);
    if (refused) rowFailed(report, { line: row.line, sku: row.sku, errors: rowErrors(refused) });
    return !refused;
  }

  async function flush(tx: TenantTx, storeId: string, batch: Row[], report: ImportReport) {
    const products = await inventory.productIdsBySku(
      tx,
      batch.map((r) => r.sku),
    );
    const productOf = new Map(products.map((p) => [p.sku, p.id]));
    const found = await listingsOfProducts(
      tx,
      storeId,
      products.map((p) => p.id),
    );
    const currency = await storeCurrency(tx, storeId);
    for (const row of batch) {
      const productId = productOf.get(row.sku);
      const mine = found.filter((l) => l.productId === productId);
      if (!productId || mine.length > 1) {
        const message = productId
          ? `has ${mine.length} listings in this store; edit them one by one`
          : 'is not the SKU of a product in your inventory';
        rowFailed(report, { line: row.line, sku: row.sku, errors: [{ path: 'sku', message }] });
      } else if (mine[0] && !changes(mine[0], listingColumns(row.input, currency))) report.unchanged++;
      else if (report.dryRun) report[mine[0] ? 'updated' : 'created']++;
      else if (mine[0]) {
        const id = mine[0].id;
        if (await write(tx, row, report, () => listings.update(tx, storeId, id, row.input))) report.updated++;
      } else if (
        await write(tx, row, report, () => listings.create(tx, storeId, { ...row.input, productId }))
      )
        report.created++;
    }
  }

  /** One row of the file: checked, then queued for its batch (or reported). */
  function take(
    record: Record<string, string>,
    line: number,
    seen: Set<string>,
    report: ImportReport,
  ): Row | null {
    const sku = record.sku || null;
    const cells = toInput(record);
    const parsed = UpdateListingBody.safeParse(cells.input);
    const errors = [
      ...(sku ? [] : [{ path: 'sku', message: 'is required' }]),
      ...cells.errors,
      ...(parsed.success
        ? []
        : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
    ];
    if (!errors.length && sku && seen.has(sku))
      errors.push({ path: 'sku', message: 'appears twice in the file' });
    if (errors.length || !sku || !parsed.success) {
      rowFailed(report, { line, sku, errors });
      return null;
    }
    seen.add(sku);
    return { line, sku, input: parsed.data };
  }

  return async function importCsv(tx: TenantTx, storeId: string, body: Readable, dryRun: boolean) {
    await storeCurrency(tx, storeId); // an unknown store is a 404 before the body is read
    const report = emptyReport(dryRun);
    const seen = new Set<string>();
    await readInBatches<Row>(body, report, {
      header: (record) => {
        if (!('sku' in record)) throw invalid('The CSV needs the column sku');
      },
      take: (record, line) => take(record, line, seen, report),
      flush: (batch) => flush(tx, storeId, batch, report),
    });
    // Cell errors are found while reading, SKU errors a batch later: report them in file order.
    report.errors.sort((a, b) => a.line - b.line);
    return report;
  };
}

/** A listing's cells in LISTING_CSV_COLUMNS order, as the import reads them back unchanged. */
function cellsOf(l: Listing, currency: string): unknown[] {
  const money = (minor: number | null) => (minor === null ? null : fromMinor(minor, currency));
  const values: Record<(typeof LISTING_CSV_COLUMNS)[number], unknown> = {
    customTitle: l.customTitle,
    slug: l.slug,
    isVisible: l.isVisible,
    isPromoted: l.isPromoted,
    priceOverride: money(l.priceOverrideMinor),
    priceMarkup: Number(l.priceMarkup),
    salePrice: money(l.salePriceMinor),
    saleStartsAt: l.saleStartsAt?.toISOString(),
    saleEndsAt: l.saleEndsAt?.toISOString(),
    metaTitle: l.metaTitle,
    metaDescription: l.metaDescription,
  };
  return LISTING_CSV_COLUMNS.map((c) => values[c]);
}

/**
 * A store's listings with the import's columns, 100 at a time (never the whole catalog held).
 * Listings whose product was deleted are left out: the import could not match them.
 */
export async function* exportListingsCsv(
  tx: TenantTx,
  storeId: string,
  inventory: CatalogInventory,
): AsyncGenerator<string> {
  const currency = await storeCurrency(tx, storeId);
  yield `${['sku', ...LISTING_CSV_COLUMNS].join(',')}\n`;
  for (let after = ''; ; ) {
    const page = await tx
      .selectFrom('productListings')
      .select(LISTING_COLUMNS)
      .where('storeId', '=', storeId)
      .$if(after !== '', (q) => q.where('id', '>', after))
      .orderBy('id')
      .limit(100)
      .execute();
    const products = await inventory.getProducts(
      tx,
      page.map((l) => l.productId),
    );
    const skuOf = new Map(products.map((p) => [p.id, p.sku]));
    for (const l of page) {
      const sku = skuOf.get(l.productId);
      if (sku) yield `${[sku, ...cellsOf(l, currency)].map(csvCell).join(',')}\n`;
    }
    const last = page.at(-1);
    if (!last || page.length < 100) return;
    after = last.id;
  }
}
