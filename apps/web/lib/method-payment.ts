import type { PaymentInput } from '@ventory/sdk';
import { preferredMethod } from '@ventory/shop-core';
import * as carts from '@/lib/api/cart';
import type { Store } from '@/lib/api/store';
import { ShopperError, text } from '@/lib/forms';

// Shared by the checkout and the payment-link page: both pay with the form that MethodChoice renders.
/**
 * The part a payment method pays: with a card method, a saved card of the signed-in shopper or a
 * new card's token (from the gateway's card fields). A typed token wins over the saved card that is
 * merely pre-selected (without script the radio cannot follow the shopper typing a new card).
 */
export async function methodPayment(store: Store, form: FormData, amount: string): Promise<PaymentInput> {
  const methods = await carts.paymentMethods(store);
  const method = methods.find((m) => m.id === text(form, 'paymentMethodId')) ?? preferredMethod(methods);
  if (!method) throw new ShopperError('This shop cannot take payments right now.');
  if (method.provider === 'manual') return { paymentMethodId: method.id, amount };
  const choice = text(form, 'card');
  const token = text(form, `token-${method.id}`);
  if (choice && choice !== 'new' && !token) return { savedPaymentMethodId: choice, amount };
  if (!token) throw new ShopperError(`Enter your card to pay ${amount}.`);
  return { paymentMethodId: method.id, token, amount };
}
