import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';
import type { Address } from '../orders/index.ts';

export type CartStatus = 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface CartsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  customerId: string | null;
  sessionId: string | null;
  email: string | null;
  status: Generated<CartStatus>;
  couponCodes: TextArray;
  notes: string | null;
  shippingAddress: Json<Address | null> | null;
  billingAddress: Json<Address | null> | null;
  shippingMethodId: string | null;
  paymentMethodId: string | null;
  currency: string;
  subtotalMinor: Generated<number>;
  discountMinor: Generated<number>;
  shippingMinor: Generated<number>;
  taxMinor: Generated<number>;
  totalMinor: Generated<number>;
  orderId: string | null;
  recoveryToken: string | null;
  recoveryEmailSentAt: Date | null;
  recoveredAt: Date | null;
  abandonedAt: Date | null;
  lastActivityAt: Generated<Date>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface CartItemsTable {
  tenantId: TenantId;
  id: Generated<string>;
  cartId: string;
  listingId: string;
  productId: string;
  variantId: string;
  title: string;
  sku: string | null;
  unitPriceMinor: number;
  quantity: number;
  savedForLater: Generated<boolean>;
  createdAt: Generated<Date>;
}

export interface CartTables {
  carts: CartsTable;
  cartItems: CartItemsTable;
}

export type CartRow = Selectable<CartsTable>;
export type CartItemRow = Selectable<CartItemsTable>;

/** Cart writes its own tables only: its handle on the caller's tenant transaction. */
export const cartWrites = (tx: TenantTx) => writesTo<CartTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends CartTables {}
}
