'use server';
import { randomUUID } from 'node:crypto';
import type { PaymentInput } from '@ventory/sdk';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { track } from '@/lib/api/analytics';
import * as carts from '@/lib/api/cart';
import { giftCardBalance } from '@/lib/api/orders';
import type { Store } from '@/lib/api/store';
import { assertCsrf } from '@/lib/csrf';
import { money } from '@/lib/format';
import { addressFrom, assertAddress, back, isUuid, ShopperError, text } from '@/lib/forms';
import { appliedGiftCard, GIFT_CARD_COOKIE, isExpired, splitPayment } from '@/lib/gift-card';
import { methodPayment } from '@/lib/method-payment';
import {
  CART_COOKIE,
  cartId,
  cookieOptions,
  LAST_ORDER_COOKIE,
  type LastOrder,
  shopperToken,
} from '@/lib/session';
import { requireStore } from '@/lib/tenant';

const PAYMENT = '/checkout?step=payment';

/**
 * Shipping step: saves email and address, then the shipping method, so totals include them. Before
 * the address is known the form lists every method (its first one checked); a method that does not
 * deliver to the address just entered gives way to the first one that does, so the shopper is
 * never sent on to pay for a shipment that cannot be placed.
 */
export async function saveShipping(form: FormData) {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const id = await cartId();
    if (!id) redirect('/cart');
    const token = await shopperToken();
    const [email, shippingAddress] = [text(form, 'email'), addressFrom(form)];
    assertAddress(shippingAddress, email);
    await carts.updateCart(store, id, { email, shippingAddress }, token);
    const choices = await carts.shippingChoices(store, id, token);
    if (choices.requiresShipping) {
      const chosen = text(form, 'shippingMethodId');
      const method = choices.data.find((m) => m.id === chosen) ?? choices.data[0];
      if (!method)
        throw new ShopperError(
          'No shipping method delivers to this address. Check the country and postal code.',
        );
      await carts.updateCart(store, id, { shippingMethodId: method.id }, token);
    }
    await track(store, [{ type: 'checkout_started' }]);
  } catch (error) {
    back('/checkout', error);
  }
  redirect(PAYMENT);
}

/** Applies a gift card to this cart (checked against the API first) or removes it. */
export async function applyGiftCard(form: FormData) {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const cart = await carts.getCart(store, await cartId(), await shopperToken());
    if (!cart) redirect('/cart');
    const jar = await cookies();
    if (text(form, 'remove')) {
      jar.delete(GIFT_CARD_COOKIE);
      redirect(PAYMENT);
    }
    const code = text(form, 'giftCardCode').toUpperCase();
    const card = await giftCardBalance(store, code);
    if (!card) throw new ShopperError('We do not recognise that gift card code. Check it and try again.');
    if (isExpired(card)) throw new ShopperError('This gift card has expired.');
    if (card.currency !== store.currency)
      throw new ShopperError(
        `This gift card is in ${card.currency}; this shop charges in ${store.currency}.`,
      );
    if (!(Number.parseFloat(card.balance) > 0)) throw new ShopperError('This gift card has no balance left.');
    jar.set(GIFT_CARD_COOKIE, JSON.stringify({ cartId: cart.id, code }), await cookieOptions(60 * 60 * 24));
  } catch (error) {
    back(PAYMENT, error);
  }
  redirect(`${PAYMENT}&gift=applied`);
}

/**
 * Gift card first (as much as its balance covers), a card for the rest; both computed here from
 * the live cart and balance. The page sent what it showed (`expected`): if the amounts moved since
 * (price change, the card used elsewhere), the shopper reviews them instead of paying a surprise.
 */
async function paymentsFor(store: Store, cart: carts.Cart, form: FormData): Promise<PaymentInput[]> {
  const code = await appliedGiftCard(cart.id);
  const card = code ? await giftCardBalance(store, code) : null;
  if (code && (!card || isExpired(card)))
    throw new ShopperError('Your gift card can no longer be used. Remove it or try another one.');
  const split = splitPayment(cart.totalAmount, card, store.currency);
  const shown = [cart.totalAmount, split.giftAmount ?? '', split.cardAmount ?? ''].join('|');
  if (text(form, 'expected') && text(form, 'expected') !== shown)
    throw new ShopperError(
      `The amounts changed since you opened this page (total now ${money(cart.totalAmount, store.currency)}). Please check them and pay again.`,
    );
  const payments: PaymentInput[] = [];
  if (code && split.giftAmount) payments.push({ giftCardCode: code, amount: split.giftAmount });
  if (split.cardAmount) payments.push(await methodPayment(store, form, split.cardAmount));
  return payments;
}

function shippingMethodId(cart: carts.Cart, form: FormData): string | undefined {
  const id = cart.shippingMethodId ?? text(form, 'shippingMethodId');
  return isUuid(id) ? id : undefined;
}

/** Places the order, idempotent per rendered form; the confirmation page reads the summary cookie. */
export async function placeOrder(form: FormData) {
  let orderId = '';
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const shopper = await shopperToken();
    const cart = await carts.getCart(store, await cartId(), shopper);
    if (!cart?.shippingAddress || !cart.email) redirect('/checkout');
    const payments = await paymentsFor(store, cart, form);
    // The API saves only a new card (never a saved one again), and only for a signed-in shopper.
    const saveCard = Boolean(shopper) && text(form, 'saveCard') === 'on';
    const order = await carts.checkout(
      store,
      {
        cartId: cart.id,
        email: cart.email,
        shippingAddress: cart.shippingAddress,
        // Only a real choice is sent: an empty field is no method (a digital cart needs none).
        ...(shippingMethodId(cart, form) ? { shippingMethodId: shippingMethodId(cart, form) } : {}),
        payments,
        customerNotes: text(form, 'notes') || undefined,
        ...(saveCard ? { savePaymentMethod: true } : {}),
      },
      text(form, 'idempotencyKey') || randomUUID(),
      shopper,
    );
    orderId = order.id;
    await track(store, [{ type: 'checkout_completed', value: order.totalAmount }]);
    const jar = await cookies();
    jar.delete(CART_COOKIE);
    jar.delete(GIFT_CARD_COOKIE);
    const summary: LastOrder = {
      id: order.id,
      orderNumber: order.orderNumber,
      totalAmount: order.totalAmount,
      email: order.customerEmail ?? '',
    };
    jar.set(LAST_ORDER_COOKIE, JSON.stringify(summary), await cookieOptions(60 * 60 * 24));
  } catch (error) {
    back(PAYMENT, error);
  }
  redirect(`/order/${orderId}`);
}
