import { currencyDigits, fromMinor, toMinor } from './money.ts';

export type GiftCardBalance = { balance: string; currency: string; expiresAt: string | null };

export const maskCode = (code: string) => `•••• ${code.replace(/[^A-Za-z0-9]/g, '').slice(-4)}`;

export const isExpired = (card: GiftCardBalance, now = new Date()) =>
  card.expiresAt !== null && new Date(card.expiresAt) <= now;

export type PaymentSplit = {
  /** What the gift card pays (null: no usable gift card). */
  giftAmount: string | null;
  /** What the card pays (null: nothing left to pay by card). */
  cardAmount: string | null;
};

/** The gift card pays as much of the total as its balance allows; a card pays the rest. */
export function splitPayment(total: string, card: GiftCardBalance | null, currency: string): PaymentSplit {
  const d = currencyDigits(currency);
  const totalMinor = toMinor(total, d);
  const usable = card && !isExpired(card) && card.currency === currency ? toMinor(card.balance, d) : 0;
  const gift = Math.min(Math.max(usable, 0), totalMinor);
  const rest = totalMinor - gift;
  return {
    giftAmount: gift > 0 ? fromMinor(gift, d) : null,
    cardAmount: rest > 0 ? fromMinor(rest, d) : null,
  };
}
