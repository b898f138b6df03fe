import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import type { GatewayFactory } from './gateways/index.ts';
import { paymentsWrites, type SavedPaymentMethodRow } from './payments.schema.ts';

/** Only the gateway token and display data: brand, last 4, expiry. */
export const toSavedMethodDto = (m: SavedPaymentMethodRow) => ({
  id: m.id,
  paymentMethodId: m.paymentMethodId,
  provider: m.provider,
  brand: m.brand,
  last4: m.last4,
  expMonth: m.expMonth,
  expYear: m.expYear,
  createdAt: m.createdAt.toISOString(),
});

/** A customer's saved payment methods. */
export function createSavedMethodService(gateways: GatewayFactory) {
  const service = {
    list: async (tx: TenantTx, storeId: string, customerId: string) =>
      (
        await tx
          .selectFrom('savedPaymentMethods')
          .selectAll()
          .where('storeId', '=', storeId)
          .where('customerId', '=', customerId)
          .orderBy('createdAt', 'desc')
          .execute()
      ).map(toSavedMethodDto),

    find: (tx: TenantTx, storeId: string, customerId: string, id: string) =>
      tx
        .selectFrom('savedPaymentMethods')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('customerId', '=', customerId)
        .where('id', '=', id)
        .executeTakeFirst(),

    /** Exchanges a one-time token for a reusable one at the gateway and keeps its display data. */
    async save(
      tx: TenantTx,
      input: {
        storeId: string;
        customerId: string;
        email: string | null;
        paymentMethodId: string;
        token: string;
      },
    ) {
      const method = await tx
        .selectFrom('paymentMethods')
        .selectAll()
        .where('storeId', '=', input.storeId)
        .where('id', '=', input.paymentMethodId)
        .where('isActive', '=', true)
        .executeTakeFirst();
      if (!method || method.provider === 'manual')
        throw invalid('Not a card payment method of this store', [
          { path: 'paymentMethodId', message: 'is not a card method' },
        ]);
      const saved = await gateways(method).saveMethod(input.token, { email: input.email });
      const row = await paymentsWrites(tx)
        .insertInto('savedPaymentMethods')
        .values({
          storeId: input.storeId,
          customerId: input.customerId,
          paymentMethodId: method.id,
          provider: method.provider,
          gatewayToken: saved.token,
          brand: saved.card?.brand ?? null,
          last4: saved.card?.last4 ?? null,
          expMonth: saved.card?.expMonth ?? null,
          expYear: saved.card?.expYear ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSavedMethodDto(row);
    },

    async remove(tx: TenantTx, storeId: string, customerId: string, id: string) {
      const row = await paymentsWrites(tx)
        .deleteFrom('savedPaymentMethods')
        .where('storeId', '=', storeId)
        .where('customerId', '=', customerId)
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw notFound('Saved payment method');
    },
  };
  return service;
}
export type SavedMethodService = ReturnType<typeof createSavedMethodService>;
