import { z } from 'zod';
import { DateTimeOut, type Expect, type Fits, MoneyOut } from '../../platform/http/schemas.ts';
import type { ProductDto, toAlertDto, toLocationDto, toTransactionDto } from './inventory.dto.ts';
import type { StockDrift } from './inventory.schema.ts';

/**
 * What the inventory routes answer, as the wire carries it (checked against every reply in tests
 * with VALIDATE_RESPONSES=1; see platform/http): dates are ISO strings, money is a decimal string.
 */

export const StockResponse = z.strictObject({
  onHand: z.number().int(),
  reserved: z.number().int(),
  allocated: z.number().int(),
  available: z.number().int(),
});

const VariantResponse = z.strictObject({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  options: z.record(z.string(), z.string()),
  price: MoneyOut,
  weight: z.number().nullable().describe('Grams'),
  lowStockThreshold: z.number().int().nullable(),
  isDefault: z.boolean(),
  stock: StockResponse,
});

/** An inventory product with its variants, bundle items and summed stock. */
export const ProductResponse = z.strictObject({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  price: MoneyOut,
  cost: MoneyOut.nullable(),
  currency: z.string(),
  weight: z.number().nullable().describe('Grams'),
  type: z.enum(['PHYSICAL', 'DIGITAL', 'BUNDLE']),
  images: z.array(z.string()),
  attributes: z.record(z.string(), z.unknown()),
  variants: z.array(VariantResponse),
  bundleItems: z.array(
    z.strictObject({
      variantId: z.string(),
      productId: z.string(),
      sku: z.string(),
      name: z.string(),
      quantity: z.number().int(),
    }),
  ),
  lowStockThreshold: z.number().int().nullable(),
  stock: StockResponse,
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

export const TransactionResponse = z.strictObject({
  id: z.string(),
  type: z.enum([
    'ADJUSTMENT',
    'RECEIPT',
    'RESERVE',
    'RELEASE',
    'EXPIRE',
    'ALLOCATE',
    'DEALLOCATE',
    'FULFIL',
    'RESTOCK',
    'TRANSFER_OUT',
    'TRANSFER_IN',
    'SYNC',
  ]),
  quantity: z.number().int(),
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  variantId: z.string(),
  locationId: z.string(),
  onHandDelta: z.number().int(),
  reservedDelta: z.number().int(),
  allocatedDelta: z.number().int(),
  actor: z.string().nullable(),
  createdAt: DateTimeOut,
});

export const LocationResponse = z.strictObject({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  address: z.record(z.string(), z.unknown()),
  isDefault: z.boolean(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

export const AlertResponse = z.strictObject({
  id: z.string(),
  kind: z.enum(['LOW_STOCK', 'OUT_OF_STOCK']),
  productId: z.string(),
  variantId: z.string(),
  available: z.number().int(),
  threshold: z.number().int(),
  acknowledged: z.boolean(),
  createdAt: DateTimeOut,
});

export const StockByLocationResponse = z.strictObject({
  data: z.array(StockResponse.extend({ variantId: z.string(), locationId: z.string() })),
});

const Drift = z.strictObject({
  variantId: z.string(),
  locationId: z.string(),
  field: z.enum(['onHand', 'reserved', 'allocated']),
  source: z.enum(['ledger', 'holds']),
  expected: z.number().int(),
  actual: z.number().int(),
});
/** The latest reconciliation; `id` and `checkedAt` are null before the first run. */
export const ReconciliationResponse = z.strictObject({
  id: z.string().nullable(),
  checkedAt: DateTimeOut.nullable(),
  rowsChecked: z.number().int(),
  drift: z.array(Drift),
});

export const IntegrationStatusResponse = z.strictObject({
  tenantId: z.string(),
  configured: z.boolean(),
  secretHint: z.string().nullable().describe('The last characters of the signing secret'),
  webhookPath: z.string(),
  lastSyncAt: DateTimeOut.nullable(),
  outboundUrl: z.string().nullable(),
  safetyBuffer: z.number().int(),
  degraded: z.boolean(),
  degradedSince: DateTimeOut.nullable(),
  lastPushAt: DateTimeOut.nullable(),
});
/** The settings the PUT named, echoed (a field it left out is absent). */
export const IntegrationSettingsResponse = z.strictObject({
  outboundUrl: z.string().nullable().optional(),
  safetyBuffer: z.number().int().optional(),
});
export const IntegrationSecretResponse = z.strictObject({
  tenantId: z.string(),
  secret: z.string().describe('Shown this once'),
  webhookPath: z.string(),
});

/** One stock count of an external-inventory delivery, as applied (or why not). */
export const WebhookResultResponse = z.strictObject({
  deliveryId: z.string(),
  results: z.array(
    z.discriminatedUnion('status', [
      z.strictObject({ sku: z.string(), status: z.literal('UNKNOWN_SKU') }),
      z.strictObject({ sku: z.string(), status: z.literal('UNKNOWN_LOCATION') }),
      z.strictObject({
        sku: z.string(),
        status: z.literal('APPLIED'),
        onHand: z.number().int(),
        delta: z.number().int(),
        clamped: z.boolean(),
      }),
    ]),
  ),
});

// Compile-time: the DTOs the services build fit these schemas key for key.
export type InventoryDtosFit = [
  Expect<Fits<ProductDto, typeof ProductResponse>>,
  Expect<Fits<ReturnType<typeof toTransactionDto>, typeof TransactionResponse>>,
  Expect<Fits<ReturnType<typeof toLocationDto>, typeof LocationResponse>>,
  Expect<Fits<ReturnType<typeof toAlertDto>, typeof AlertResponse>>,
  Expect<Fits<StockDrift, typeof Drift>>,
];
