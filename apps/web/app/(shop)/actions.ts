'use server';
// Cart, coupon, account and review forms; the checkout's own actions live in checkout/actions.ts.
import { ApiError } from '@ventory/sdk';
import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import * as account from '@/lib/api/account';
import * as carts from '@/lib/api/cart';
import { assertCsrf } from '@/lib/csrf';
import { back, ShopperError, text } from '@/lib/forms';
import { CART_COOKIE, cartId, cookieOptions, SESSION_COOKIE, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

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
