import type { TenantTx } from '../../platform/db/pool.ts';
import { fromMinor } from '../../platform/money.ts';
import { generateGiftCardCode } from './gift-cards.service.ts';
import { pricingWrites } from './pricing.schema.ts';

export type SoldGiftCardUnit = {
  storeId: string;
  orderId: string;
  orderItemId: string;
  /** Which unit of the line (0-based): each unit is one card. */
  unitIndex: number;
  amountMinor: number;
  currency: string;
  recipientEmail: string | null;
  customerId: string | null;
};

/**
 * Issues the gift card bought as unit `unitIndex` of an order line, once: the unique index on
 * (order item, unit) turns a replay into a no-op, which returns null. A new card gets its ISSUE
 * entry in the ledger, linked to the order.
 */
export async function issueSoldGiftCard(tx: TenantTx, unit: SoldGiftCardUnit) {
  const row = await pricingWrites(tx)
    .insertInto('giftCards')
    .values({
      storeId: unit.storeId,
      code: generateGiftCardCode(),
      currency: unit.currency,
      initialBalanceMinor: unit.amountMinor,
      balanceMinor: unit.amountMinor,
      expiresAt: null,
      customerId: unit.customerId,
      recipientEmail: unit.recipientEmail,
      note: null,
      orderId: unit.orderId,
      orderItemId: unit.orderItemId,
      unitIndex: unit.unitIndex,
    })
    .onConflict((oc) =>
      oc.columns(['tenantId', 'orderItemId', 'unitIndex']).where('orderItemId', 'is not', null).doNothing(),
    )
    .returning(['id', 'code'])
    .executeTakeFirst();
  if (!row) return null;
  await pricingWrites(tx)
    .insertInto('giftCardTransactions')
    .values({
      giftCardId: row.id,
      type: 'ISSUE',
      amountMinor: unit.amountMinor,
      balanceAfterMinor: unit.amountMinor,
      orderId: unit.orderId,
      note: null,
    })
    .execute();
  return { id: row.id, code: row.code, amount: fromMinor(unit.amountMinor, unit.currency) };
}

/** The cards issued for an order (sold as products), by line and unit. */
export const giftCardsOfOrder = (tx: TenantTx, orderId: string) =>
  tx
    .selectFrom('giftCards')
    .select(['id', 'storeId', 'code', 'orderItemId', 'unitIndex', 'isActive'])
    .where('orderId', '=', orderId)
    .orderBy('orderItemId')
    .orderBy('unitIndex')
    .execute();
