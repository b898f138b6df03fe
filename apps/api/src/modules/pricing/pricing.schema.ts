import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

/** numeric columns come back from pg as strings: exact decimals, parsed where used. */
type Numeric = ColumnType<string, string | number, string | number>;
type UuidArray = ColumnType<string[], string[] | undefined, string[]>;

export type ShippingSettings = Record<string, unknown>;

export interface ShippingMethodsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  name: string;
  description: string | null;
  priceMinor: number;
  freeAboveMinor: number | null;
  estimatedDeliveryDays: number | null;
  isActive: Generated<boolean>;
  taxable: Generated<boolean>;
  rateCalculationType: 'FLAT' | 'WEIGHT' | 'ITEM' | 'CUSTOM';
  settings: Json<ShippingSettings>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface TaxRatesTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  name: string;
  country: string;
  region: string | null;
  postalPrefix: string | null;
  taxCategory: string | null;
  rate: Numeric;
  appliesToShipping: Generated<boolean>;
  compound: Generated<boolean>;
  priority: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type DiscountType = 'PERCENTAGE' | 'FIXED' | 'FREE_SHIPPING';

export interface CouponsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  code: string;
  description: string | null;
  discountType: DiscountType;
  discountValue: Numeric;
  minimumOrderMinor: number | null;
  startsAt: Date | null;
  expiresAt: Date | null;
  usageLimit: number | null;
  usageCount: Generated<number>;
  perCustomerLimit: number | null;
  applicableProductIds: UuidArray;
  applicableCategoryIds: UuidArray;
  excludedProductIds: UuidArray;
  excludedCategoryIds: UuidArray;
  isActive: Generated<boolean>;
  isAutomatic: Generated<boolean>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface CouponCustomerUsagesTable {
  tenantId: TenantId;
  couponId: string;
  customerKey: string;
  uses: number;
}

export interface GiftCardsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  code: string;
  currency: string;
  initialBalanceMinor: number;
  balanceMinor: number;
  expiresAt: Date | null;
  isActive: Generated<boolean>;
  customerId: string | null;
  recipientEmail: string | null;
  note: string | null;
  /** Set when the card was sold as a product: the order, its line and the unit of that line. */
  orderId: Generated<string | null>;
  orderItemId: Generated<string | null>;
  unitIndex: Generated<number | null>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type GiftCardTransactionType = 'ISSUE' | 'REDEEM' | 'REFUND' | 'ADJUST';
export interface GiftCardTransactionsTable {
  tenantId: TenantId;
  id: Generated<string>;
  giftCardId: string;
  type: GiftCardTransactionType;
  amountMinor: number;
  balanceAfterMinor: number;
  orderId: string | null;
  note: string | null;
  createdAt: Generated<Date>;
}

export interface PricingTables {
  shippingMethods: ShippingMethodsTable;
  taxRates: TaxRatesTable;
  coupons: CouponsTable;
  couponCustomerUsages: CouponCustomerUsagesTable;
  giftCards: GiftCardsTable;
  giftCardTransactions: GiftCardTransactionsTable;
}

export type ShippingMethodRow = Selectable<ShippingMethodsTable>;
export type TaxRateRow = Selectable<TaxRatesTable>;
export type CouponRow = Selectable<CouponsTable>;
export type GiftCardRow = Selectable<GiftCardsTable>;
export type GiftCardTransactionRow = Selectable<GiftCardTransactionsTable>;

/** Pricing writes its own tables only: its handle on the caller's tenant transaction. */
export const pricingWrites = (tx: TenantTx) => writesTo<PricingTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends PricingTables {}
}
