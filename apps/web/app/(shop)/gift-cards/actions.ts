'use server';
import { ApiError } from '@ventory/sdk';
import { giftCardBalance } from '@/lib/api/orders';
import { money } from '@/lib/format';
import { isExpired, maskCode } from '@/lib/gift-card';
import { onDay } from '@/lib/order-status';
import { requireStore } from '@/lib/tenant';

export type BalanceResult =
  | { kind: 'idle' }
  | {
      kind: 'found';
      card: string;
      balance: string;
      currency: string;
      expiry: string | null;
      expired: boolean;
    }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string };

/**
 * The balance check behind /gift-cards (useActionState: with script it updates in place, without
 * it the form posts and the page renders the result). Only the last four characters come back.
 */
export async function checkGiftCard(_prev: BalanceResult, form: FormData): Promise<BalanceResult> {
  const code = String(form.get('code') ?? '').trim();
  try {
    const store = await requireStore();
    const card = await giftCardBalance(store, code);
    if (!card) return { kind: 'not-found' };
    return {
      kind: 'found',
      card: maskCode(code),
      balance: money(card.balance, card.currency),
      currency: card.currency,
      expiry: card.expiresAt ? onDay(card.expiresAt) : null,
      expired: isExpired(card),
    };
  } catch (error) {
    if (error instanceof ApiError && error.status === 429)
      return { kind: 'error', message: 'Too many checks. Please wait a minute and try again.' };
    return { kind: 'error', message: 'We could not check the balance right now. Please try again.' };
  }
}
