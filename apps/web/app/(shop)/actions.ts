'use server';
import { randomUUID } from 'node:crypto';
import type { Address, PaymentInput } from '@ventory/sdk';
import { ApiError } from '@ventory/sdk';
import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import * as account from '@/lib/api/account';
import * as carts from '@/lib/api/cart';
import { assertCsrf } from '@/lib/csrf';
import {
  CART_COOKIE,
  cartId,
  cookieOptions,
  LAST_ORDER_COOKIE,
  SESSION_COOKIE,
  shopperToken,
} from '@/lib/session';
import { requireStore } from '@/lib/tenant';

/** An error whose message is written for the shopper. */
class ShopperError extends Error {}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The problem's detail for the shopper, never internals. */
function reason(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.problem?.code === 'INSUFFICIENT_STOCK') return 'Sorry, there is not enough stock for that.';
    if (error.status === 402) return 'Your card was declined. Try another card.';
    const field = error.problem?.errors?.[0];
    return field ? `${field.path}: ${field.message}` : (error.problem?.detail ?? 'Something went wrong.');
  }
  if (error instanceof ShopperError || (error instanceof Error && /form expired/.test(error.message)))
    return error.message;
  return 'Something went wrong. Please try again.';
}

function back(path: string, error: unknown): never {
  unstable_rethrow(error); // redirect()/notFound() thrown inside the try are not errors
  const sep = path.includes('?') ? '&' : '?';
  redirect(`${path}${sep}error=${encodeURIComponent(reason(error))}`);
}

export async function addToCart(form: FormData) {
  const slug = text(form, 'slug');
  const line = {
    listingId: text(form, 'listingId'),
    variantId: text(form, 'variantId') || undefined,
    quantity: Math.max(1, Number.parseInt(text(form, 'quantity'), 10) || 1),
  };
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const existing = await carts.getCart(store, await cartId());
    const cart = existing
      ? await carts.addItem(store, existing.id, line)
      : await carts.createCart(store, line);
    (await cookies()).set(CART_COOKIE, cart.id, await cookieOptions(60 * 60 * 24 * 14));
  } catch (error) {
    back(`/p/${slug}`, error);
  }
  redirect('/cart?added=1');
}

export async function updateLine(form: FormData) {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const id = await cartId();
    if (!id) return;
    const itemId = text(form, 'itemId');
    const quantity = Number.parseInt(text(form, 'quantity'), 10);
    const token = await shopperToken();
    if (text(form, 'remove') || !(quantity > 0)) await carts.removeItem(store, id, itemId, token);
    else await carts.setQuantity(store, id, itemId, quantity, token);
  } catch (error) {
    back('/cart', error);
  }
  redirect('/cart');
}

export async function applyCoupon(form: FormData) {
  const to = text(form, 'returnTo') === '/checkout' ? '/checkout' : '/cart';
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const token = await shopperToken();
    const cart = await carts.getCart(store, await cartId(), token);
    if (!cart) return;
    const code = text(form, 'code').toUpperCase();
    const couponCodes = text(form, 'remove')
      ? cart.couponCodes.filter((c) => c !== code)
      : [...cart.couponCodes, code];
    await carts.updateCart(store, cart.id, { couponCodes: [...new Set(couponCodes)] }, token);
  } catch (error) {
    back(to, error);
  }
  redirect(to);
}

function address(form: FormData, prefix: string): Address {
  const a: Address = {
    firstName: text(form, `${prefix}firstName`),
    lastName: text(form, `${prefix}lastName`),
    line1: text(form, `${prefix}line1`),
    city: text(form, `${prefix}city`),
    postalCode: text(form, `${prefix}postalCode`),
    country: text(form, `${prefix}country`).toUpperCase(),
  };
  for (const k of ['line2', 'region', 'phone'] as const) {
    const v = text(form, `${prefix}${k}`);
    if (v) a[k] = v;
  }
  return a;
}

/** Shipping step: saves email, address and shipping method on the cart so totals include them. */
export async function saveShipping(form: FormData) {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const id = await cartId();
    if (!id) redirect('/cart');
    const shippingMethodId = text(form, 'shippingMethodId');
    await carts.updateCart(
      store,
      id,
      {
        email: text(form, 'email'),
        shippingAddress: address(form, ''),
        ...(shippingMethodId ? { shippingMethodId } : {}),
      },
      await shopperToken(),
    );
  } catch (error) {
    back('/checkout', error);
  }
  redirect('/checkout?step=payment');
}

/** Places the order: card token and/or gift card, idempotent per submitted form. */
export async function placeOrder(form: FormData) {
  let orderId = '';
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const shopper = await shopperToken();
    const cart = await carts.getCart(store, await cartId(), shopper);
    if (!cart?.shippingAddress || !cart.email) redirect('/checkout');
    const payments: PaymentInput[] = [];
    const gift = text(form, 'giftCardCode');
    const giftAmount = text(form, 'giftCardAmount');
    const token = text(form, 'token');
    const paymentMethodId = text(form, 'paymentMethodId');
    if (gift) payments.push({ giftCardCode: gift, amount: giftAmount || cart.totalAmount });
    if (token || !gift) {
      const rest =
        gift && giftAmount ? (Number(cart.totalAmount) - Number(giftAmount)).toFixed(2) : undefined;
      payments.push({ paymentMethodId, token: token || undefined, ...(rest ? { amount: rest } : {}) });
    }
    const order = await carts.checkout(
      store,
      {
        cartId: cart.id,
        email: cart.email,
        shippingAddress: cart.shippingAddress,
        shippingMethodId: cart.shippingMethodId ?? text(form, 'shippingMethodId'),
        payments,
        customerNotes: text(form, 'notes') || undefined,
      },
      text(form, 'idempotencyKey') || randomUUID(),
      shopper,
    );
    orderId = order.id;
    const jar = await cookies();
    jar.delete(CART_COOKIE);
    const summary = {
      id: order.id,
      orderNumber: order.orderNumber,
      totalAmount: order.totalAmount,
      email: order.customerEmail ?? '',
    };
    jar.set(LAST_ORDER_COOKIE, JSON.stringify(summary), await cookieOptions(60 * 60 * 24));
  } catch (error) {
    back('/checkout?step=payment', error);
  }
  redirect(`/order/${orderId}`);
}

export async function signIn(form: FormData) {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const { accessToken } = await account.login(store, {
      email: text(form, 'email'),
      password: String(form.get('password') ?? ''),
    });
    (await cookies()).set(SESSION_COOKIE, accessToken, await cookieOptions(60 * 60 * 24 * 7));
  } catch (error) {
    unstable_rethrow(error);
    const wrong = error instanceof ApiError && error.status === 401;
    back('/account/login', wrong ? new ShopperError('Wrong email or password.') : error);
  }
  redirect('/account');
}

export async function signUp(form: FormData) {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const { accessToken } = await account.register(store, {
      email: text(form, 'email'),
      password: String(form.get('password') ?? ''),
      firstName: text(form, 'firstName'),
      lastName: text(form, 'lastName'),
    });
    (await cookies()).set(SESSION_COOKIE, accessToken, await cookieOptions(60 * 60 * 24 * 7));
  } catch (error) {
    back('/account/register', error);
  }
  redirect('/account');
}

export async function signOut(form: FormData) {
  await assertCsrf(form);
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/');
}
