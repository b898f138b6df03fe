import { cookies } from 'next/headers';

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

// The split of a total between a gift card and a card is shared with the mobile app.
export { isExpired, maskCode, type PaymentSplit, splitPayment } from '@ventory/shop-core';
