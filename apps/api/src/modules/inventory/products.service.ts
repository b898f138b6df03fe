import type { Insertable, Updateable } from 'kysely';
import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict, invalid, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { listEnvelope, parseSort } from '../../platform/http/schemas.ts';
import { toMinor } from '../../platform/money.ts';
import { type ProductDto, toTransactionDto } from './inventory.dto.ts';
import type { ProductsTable, ProductVariantsTable } from './inventory.schema.ts';
import type {
  AdjustmentInput,
  BundleItemInputT,
  CreateProductInput,
  ReceiptInput,
  UpdateProductInput,
  VariantInputT,
} from './inventory.validators.ts';
import { mustMove } from './moves.ts';
import { loadProducts } from './product-reads.ts';
import { changeProductType } from './product-type-change.ts';
import * as repo from './products.repository.ts';
import { defaultLocationId, ensureStockRow } from './stock.repository.ts';

/** Products are priced in the tenant's inventory currency (stores convert or mark up from it). */
const CURRENCY = 'USD';

const duplicateSku = () => conflict('DUPLICATE_SKU', 'A product or variant with this SKU already exists');

/** Maps a unique violation on a SKU index to 409 DUPLICATE_SKU. */
async function skuSafe<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateSku();
    throw err;
  }
}

function productColumns(input: UpdateProductInput): Updateable<ProductsTable> {
  const cols: Updateable<ProductsTable> = {};
  if (input.sku !== undefined) cols.sku = input.sku;
  if (input.name !== undefined) cols.name = input.name;
  if (input.description !== undefined) cols.description = input.description;
  if (input.price !== undefined) cols.priceMinor = toMinor(input.price, CURRENCY);
  if (input.cost !== undefined) cols.costMinor = input.cost === null ? null : toMinor(input.cost, CURRENCY);
  if (input.weight !== undefined) cols.weightGrams = input.weight;
  if (input.images !== undefined) cols.images = JSON.stringify(input.images);
  if (input.attributes !== undefined) cols.attributes = JSON.stringify(input.attributes);
  if (input.lowStockThreshold !== undefined) cols.lowStockThreshold = input.lowStockThreshold;
  return cols;
}

function variantColumns(
  v: VariantInputT,
  position: number,
): Omit<Insertable<ProductVariantsTable>, 'productId'> {
  return {
    sku: v.sku,
    name: v.name ?? (Object.values(v.options ?? {}).join(' / ') || v.sku),
    options: JSON.stringify(v.options ?? {}),
    priceMinor: v.price === undefined || v.price === null ? null : toMinor(v.price, CURRENCY),
    weightGrams: v.weight ?? null,
    lowStockThreshold: v.lowStockThreshold ?? null,
    position,
  };
}

function checkShape(type: string, input: UpdateProductInput & { initialStock?: number }) {
  const errors: { path: string; message: string }[] = [];
  if (type === 'BUNDLE' && input.variants?.length)
    errors.push({ path: 'variants', message: 'a bundle has no variants' });
  if (type !== 'BUNDLE' && input.bundleItems)
    errors.push({ path: 'bundleItems', message: 'only a BUNDLE has bundle items' });
  if (
    type !== 'PHYSICAL' &&
    (input.initialStock || input.variants?.some((v) => 'initialStock' in v && v.initialStock))
  )
    errors.push({ path: 'initialStock', message: `a ${type} product keeps no stock of its own` });
  if (errors.length > 0) throw invalid('The request is not valid', errors);
}

/** Resolves bundle components to variants; components must be existing, non-bundle products. */
async function resolveComponents(tx: TenantTx, items: BundleItemInputT[]) {
  const byProduct = await repo.defaultVariants(
    tx,
    items.flatMap((i) => (i.productId ? [i.productId] : [])),
  );
  const variantIds = items.map((i) => i.variantId ?? byProduct.find((d) => d.productId === i.productId)?.id);
  const found = await repo.findVariants(
    tx,
    variantIds.filter((v): v is string => v !== undefined),
  );
  return items.map((item, index) => {
    const variant = found.find((f) => f.id === variantIds[index]);
    if (!variant)
      throw invalid('Unknown bundle component', [{ path: `bundleItems.${index}`, message: 'not found' }]);
    if (variant.type === 'BUNDLE')
      throw invalid('Bundles cannot contain bundles', [
        { path: `bundleItems.${index}`, message: 'is a bundle' },
      ]);
    return { variantId: variant.id, quantity: item.quantity };
  });
}

async function putInitialStock(tx: TenantTx, variantId: string, quantity: number, actor?: string) {
  if (quantity <= 0) return;
  const locationId = await defaultLocationId(tx);
  await ensureStockRow(tx, variantId, locationId);
  await mustMove(tx, {
    variantId,
    locationId,
    onHand: quantity,
    type: 'ADJUSTMENT',
    quantity,
    reason: 'Initial stock',
    actor,
  });
}

export type ProductService = ReturnType<typeof createProductService>;

type OnHandMove = {
  type: 'ADJUSTMENT' | 'RECEIPT';
  quantity: number;
  reason: string;
  reference?: string;
  variantId?: string;
  locationId?: string;
};

export function createProductService() {
  async function get(tx: TenantTx, id: string): Promise<ProductDto> {
    const [product] = await loadProducts(tx, [id]);
    if (!product) throw notFound('Product');
    return product;
  }

  async function writeVariants(
    tx: TenantTx,
    productId: string,
    variants: VariantInputT[],
    existing: Set<string>,
  ) {
    const ids: string[] = [];
    for (const [position, v] of variants.entries()) {
      const cols = variantColumns(v, position);
      if (v.id && existing.has(v.id)) {
        await skuSafe(repo.updateVariant(tx, v.id, { ...cols, isDefault: position === 0 }));
        ids.push(v.id);
      } else {
        const [row] = await skuSafe(
          repo.insertVariants(tx, [{ ...cols, productId, isDefault: position === 0 }]),
        );
        if (row) ids.push(row.id);
      }
    }
    return ids;
  }

  /** One variant's on-hand stock at one location changes (an adjustment or a receipt). */
  async function moveOnHand(
    tx: TenantTx,
    id: string,
    input: OnHandMove,
    actor?: string,
  ): Promise<ProductDto> {
    const product = await get(tx, id);
    if (product.type !== 'PHYSICAL')
      throw invalidState(`A ${product.type} product keeps no stock of its own`);
    const variant = input.variantId
      ? product.variants.find((v) => v.id === input.variantId)
      : product.variants.length === 1
        ? product.variants[0]
        : undefined;
    if (!variant)
      throw input.variantId
        ? notFound('Variant')
        : invalid('This product has several variants', [{ path: 'variantId', message: 'is required' }]);
    const locationId = input.locationId ?? (await defaultLocationId(tx));
    if (input.locationId) {
      const location = await tx
        .selectFrom('locations')
        .select('id')
        .where('id', '=', input.locationId)
        .executeTakeFirst();
      if (!location) throw notFound('Location');
    }
    if (input.quantity > 0) await ensureStockRow(tx, variant.id, locationId);
    await mustMove(tx, {
      variantId: variant.id,
      locationId,
      onHand: input.quantity,
      type: input.type,
      quantity: input.quantity,
      reason: input.reason,
      reference: input.reference,
      actor,
    });
    return get(tx, id);
  }

  return {
    get,

    /** Creates a product with its variants (a default one when none are given) and initial stock. */
    async create(tx: TenantTx, input: CreateProductInput, actor?: string): Promise<ProductDto> {
      const type = input.type ?? 'PHYSICAL';
      checkShape(type, input);
      if (type === 'BUNDLE' && !input.bundleItems)
        throw invalid('A bundle needs its items', [
          { path: 'bundleItems', message: 'is required for a BUNDLE' },
        ]);
      const product = await skuSafe(
        repo.insertProduct(tx, {
          ...productColumns(input),
          sku: input.sku,
          name: input.name,
          type,
          priceMinor: toMinor(input.price ?? '0', CURRENCY),
          images: JSON.stringify(input.images ?? []),
          attributes: JSON.stringify(input.attributes ?? {}),
        }),
      );
      const variants = input.variants?.length ? input.variants : [{ sku: input.sku, name: input.name }];
      const ids = await writeVariants(tx, product.id, variants, new Set());
      if (type === 'BUNDLE' && input.bundleItems && ids[0])
        await repo.replaceBundleItems(tx, ids[0], await resolveComponents(tx, input.bundleItems));
      if (type === 'PHYSICAL') {
        for (const [i, v] of variants.entries()) {
          const qty =
            ('initialStock' in v ? v.initialStock : undefined) ?? (i === 0 ? input.initialStock : 0) ?? 0;
          const id = ids[i];
          if (id) await putInitialStock(tx, id, qty, actor);
        }
      }
      await recordEvent(tx, 'inventory.product.created', { productId: product.id, sku: product.sku });
      return get(tx, product.id);
    },

    async list(
      tx: TenantTx,
      q: { limit: number; offset: number; sort?: string; q?: string; type?: ProductDto['type'] },
    ) {
      const { field, direction } = parseSort<'name' | 'sku' | 'createdAt' | 'price'>(q.sort, 'createdAt');
      const { ids, total } = await repo.listProductIds(tx, {
        ...q,
        sortField: field === 'price' ? 'priceMinor' : field,
        desc: direction === 'desc',
      });
      return listEnvelope(await loadProducts(tx, ids), total, q);
    },

    /** Updates any subset of fields; `variants` replaces the list (ids keep theirs, others are new). */
    async update(tx: TenantTx, id: string, input: UpdateProductInput): Promise<ProductDto> {
      const before = await get(tx, id);
      const type = input.type ?? before.type;
      checkShape(type, input);
      if (type !== before.type) await changeProductType(tx, before, type, input);
      const cols = productColumns(input);
      if (Object.keys(cols).length > 0) await skuSafe(repo.updateProduct(tx, id, cols));
      if (input.variants?.length) {
        const existing = new Set(before.variants.map((v) => v.id));
        // Drop the variants left out first, so a new variant may take over one of their SKUs.
        const kept = input.variants.flatMap((v) => (v.id && existing.has(v.id) ? [v.id] : []));
        await repo.softDeleteVariants(tx, id, kept);
        await writeVariants(tx, id, input.variants, existing);
      } else if (before.variants.length === 1 && before.variants[0]?.sku === before.sku) {
        // The automatic default variant follows its product's SKU and name.
        const patch = {
          ...(input.sku ? { sku: input.sku } : {}),
          ...(input.name ? { name: input.name } : {}),
        };
        if (Object.keys(patch).length > 0)
          await skuSafe(repo.updateVariant(tx, before.variants[0].id, patch));
      }
      const bundleVariant = before.variants[0];
      if (input.bundleItems && bundleVariant)
        await repo.replaceBundleItems(tx, bundleVariant.id, await resolveComponents(tx, input.bundleItems));
      await recordEvent(tx, 'inventory.product.updated', { productId: id });
      return get(tx, id);
    },

    async remove(tx: TenantTx, id: string): Promise<void> {
      const deleted = await repo.softDeleteProduct(tx, id);
      if (!deleted) throw notFound('Product');
      await recordEvent(tx, 'inventory.product.deleted', { productId: id });
    },

    /** Adds (or with a negative quantity removes) on-hand stock; available never goes below zero. */
    adjust: (tx: TenantTx, id: string, input: AdjustmentInput, actor?: string): Promise<ProductDto> =>
      moveOnHand(tx, id, { ...input, type: 'ADJUSTMENT' }, actor),

    /** Goods received at a location (RECEIPT in the ledger, with the purchase order as its reference). */
    receive: (tx: TenantTx, id: string, input: ReceiptInput, actor?: string): Promise<ProductDto> =>
      moveOnHand(
        tx,
        id,
        {
          ...input,
          type: 'RECEIPT',
          reason: input.note ?? (input.reference ? `Received: ${input.reference}` : 'Received'),
        },
        actor,
      ),

    async transactions(tx: TenantTx, id: string, q: { limit: number; offset: number; sort?: string }) {
      const products = await repo.findProducts(tx, [id]);
      if (products.length === 0) throw notFound('Product');
      const { rows, total } = await repo.listTransactions(tx, id, { ...q, desc: q.sort !== 'createdAt' });
      return listEnvelope(rows.map(toTransactionDto), total, q);
    },
  };
}
