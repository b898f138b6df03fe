import { fromMinor } from '../../platform/money.ts';
import type { PaymentRow } from './payments.schema.ts';

/** A payment as clients see it: display data only (brand, last 4), never a token or card number. */
export const toPaymentDto = (p: PaymentRow) => {
  const currency = p.currency.trim();
  const { brand, last4, expMonth, expYear, nextAction, giftCardLast4, instructions } = p.details as Record<
    string,
    unknown
  >;
  return {
    id: p.id,
    provider: p.provider,
    paymentMethodId: p.paymentMethodId,
    status: p.status,
    amount: fromMinor(p.amountMinor, currency),
    refundedAmount: fromMinor(p.refundedMinor, currency),
    currency,
    card:
      brand || last4
        ? { brand: brand ?? null, last4: last4 ?? null, expMonth: expMonth ?? null, expYear: expYear ?? null }
        : null,
    giftCardLast4: giftCardLast4 ?? null,
    instructions: instructions ?? null,
    nextAction: nextAction ?? null,
    createdAt: p.createdAt.toISOString(),
  };
};
export type PaymentDto = ReturnType<typeof toPaymentDto>;
