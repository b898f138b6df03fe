import { cookies } from 'next/headers';
import type { GiftCardBalance } from './api/orders';

/** The gift card applied at checkout: kept server-side (httpOnly), bound to the cart it was applied to. */
export const GIFT_CARD_COOKIE = 'vc_gift_card';

export async function appliedGiftCard(cartId: string): Promise<string | null> {
  try {
    const v = JSON.parse((await cookies()).get(GIFT_CARD_COOKIE)?.value ?? 'null') as {
      cartId?: string;
      code?: string;
    } | null;
    return v?.cartId === cartId && v.code ? v.code : null;
  } catch {
    return null;
  }
}

/** What a receipt shows of a code: the last four characters only. */
export const maskCode = (code: string) => `•••• ${code.replace(/[^A-Za-z0-9]/g, '').slice(-4)}`;

export const isExpired = (card: GiftCardBalance, now = new Date()) =>
  card.expiresAt !== null && new Date(card.expiresAt) <= now;

function digits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** Decimal strings in minor units (integers), so splitting a total never loses a cent. */
const toMinor = (amount: string, d: number) => Math.round(Number.parseFloat(amount) * 10 ** d);
const fromMinor = (minor: number, d: number) => (minor / 10 ** d).toFixed(d);

export type PaymentSplit = {
  /** What the gift card pays (null: no usable gift card). */
  giftAmount: string | null;
  /** What the card pays (null: nothing left to pay by card). */
  cardAmount: string | null;
};

/** The gift card pays as much of the total as its balance allows; a card pays the rest. */
export function splitPayment(total: string, card: GiftCardBalance | null, currency: string): PaymentSplit {
  const d = digits(currency);
  const totalMinor = toMinor(total, d);
  const usable = card && !isExpired(card) && card.currency === currency ? toMinor(card.balance, d) : 0;
  const gift = Math.min(Math.max(usable, 0), totalMinor);
  const rest = totalMinor - gift;
  return {
    giftAmount: gift > 0 ? fromMinor(gift, d) : null,
    cardAmount: rest > 0 ? fromMinor(rest, d) : null,
  };
}
