'use server';
// Cart and coupon forms; checkout, account, order and review forms have actions beside their pages.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { track } from '@/lib/api/analytics';
import * as carts from '@/lib/api/cart';
import { analyticsSession } from '@/lib/consent';
import { assertCsrf } from '@/lib/csrf';
import { back, text } from '@/lib/forms';
import { CART_COOKIE, cartId, cookieOptions, shopperToken } from '@/lib/session';
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
      : await carts.createCart(store, line, undefined, await analyticsSession());
    (await cookies()).set(CART_COOKIE, cart.id, await cookieOptions(60 * 60 * 24 * 14));
    await track(store, [{ type: 'add_to_cart', listingId: line.listingId }]);
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

/** Moves a line to "Saved for later" (it stops holding stock) or back into the cart. */
async function moveLine(form: FormData, to: 'later' | 'cart') {
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const id = await cartId();
    if (!id) return;
    const itemId = text(form, 'itemId');
    const token = await shopperToken();
    if (to === 'later') await carts.saveForLater(store, id, itemId, token);
    else await carts.moveToCart(store, id, itemId, token);
  } catch (error) {
    back('/cart', error);
  }
  redirect('/cart');
}

export async function saveLineForLater(form: FormData) {
  await moveLine(form, 'later');
}

export async function moveLineToCart(form: FormData) {
  await moveLine(form, 'cart');
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
