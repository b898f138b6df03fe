'use server';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Address } from '@ventory/sdk';
import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import * as account from '@/lib/api/account';
import type { Store } from '@/lib/api/store';
import { assertCsrf } from '@/lib/csrf';
import { assertAddress, back, reason, ShopperError, safeNext, text } from '@/lib/forms';
import { cookieOptions, SESSION_COOKIE, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';
import { REDEEMED_COOKIE, sessionTag, WISH_COOKIE, wishSessionId } from './shopper';

const LOYALTY = '/account/loyalty';

/** Store and token of a signed-in shopper; without a token the form sends them to sign in first. */
async function signedIn(next: string): Promise<{ store: Store; token: string }> {
  const [store, token] = await Promise.all([requireStore(), shopperToken()]);
  if (!token) redirect(`/account/login?next=${encodeURIComponent(next)}`);
  return { store, token };
}

/** Sets the session cookie and moves a guest's saved items into the account. */
async function startSession(store: Store, accessToken: string) {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, accessToken, await cookieOptions(60 * 60 * 24 * 7));
  jar.delete({ name: REDEEMED_COOKIE, path: LOYALTY });
  const session = await wishSessionId();
  if (!session) return;
  try {
    await account.mergeWishlist(store, accessToken, session);
    jar.delete(WISH_COOKIE);
  } catch (error) {
    // The sign-in itself worked; the guest list stays on its session and merges next time.
    console.error('wish list merge failed', reason(error));
  }
}

const withNext = (path: string, next: string) =>
  next === '/account' ? path : `${path}?next=${encodeURIComponent(next)}`;

export async function signInToAccount(form: FormData) {
  const next = safeNext(text(form, 'next'));
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const { accessToken } = await account.login(store, {
      email: text(form, 'email'),
      password: String(form.get('password') ?? ''),
    });
    await startSession(store, accessToken);
  } catch (error) {
    unstable_rethrow(error);
    const wrong = error instanceof account.ApiError && error.status === 401;
    back(withNext('/account/login', next), wrong ? new ShopperError('Wrong email or password.') : error);
  }
  redirect(next);
}

export async function registerAccount(form: FormData) {
  const next = safeNext(text(form, 'next'));
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const { accessToken } = await account.register(store, {
      email: text(form, 'email'),
      password: String(form.get('password') ?? ''),
      firstName: text(form, 'firstName'),
      lastName: text(form, 'lastName'),
    });
    await startSession(store, accessToken);
  } catch (error) {
    back(withNext('/account/register', next), error);
  }
  redirect(next);
}

const orNull = (v: string) => v || null;

export async function updateProfile(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn('/account');
    await account.updateProfile(store, token, {
      firstName: orNull(text(form, 'firstName')),
      lastName: orNull(text(form, 'lastName')),
      phoneNumber: orNull(text(form, 'phoneNumber')),
      marketingConsent: form.get('marketingConsent') === 'on',
    });
  } catch (error) {
    back('/account', error);
  }
  redirect('/account?saved=profile');
}

/** The address fields of a form; emptied optional fields are sent as null so an edit clears them. */
function addressOf(form: FormData): Address {
  return {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    line1: text(form, 'line1'),
    line2: orNull(text(form, 'line2')),
    city: text(form, 'city'),
    region: orNull(text(form, 'region')),
    postalCode: text(form, 'postalCode'),
    country: text(form, 'country').toUpperCase(),
    phone: orNull(text(form, 'phone')),
  };
}

const ADDRESSES = '/account/addresses';

export async function addAddress(form: FormData) {
  let id = '';
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(ADDRESSES);
    const isDefault = form.get('isDefault') === 'on';
    const address = addressOf(form);
    assertAddress(address);
    const saved = await account.addAddress(store, token, {
      ...address,
      ...(isDefault ? { isDefault } : {}),
    });
    id = saved.id;
  } catch (error) {
    back(`${ADDRESSES}?add=1`, error);
  }
  redirect(`${ADDRESSES}?saved=added&id=${id}`);
}

export async function updateAddress(form: FormData) {
  const id = text(form, 'id');
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(ADDRESSES);
    // Unticking the box does not un-default an address: another one must be made the default.
    const isDefault = form.get('isDefault') === 'on';
    const address = addressOf(form);
    assertAddress(address);
    await account.updateAddress(store, token, id, {
      ...address,
      ...(isDefault ? { isDefault } : {}),
    });
  } catch (error) {
    back(`${ADDRESSES}?edit=${encodeURIComponent(id)}`, error);
  }
  redirect(`${ADDRESSES}?saved=updated&id=${encodeURIComponent(id)}`);
}

export async function setDefaultAddress(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(ADDRESSES);
    await account.updateAddress(store, token, text(form, 'id'), { isDefault: true });
  } catch (error) {
    back(ADDRESSES, error);
  }
  redirect(`${ADDRESSES}?saved=default`);
}

export async function deleteAddress(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(ADDRESSES);
    await account.deleteAddress(store, token, text(form, 'id'));
  } catch (error) {
    back(ADDRESSES, error);
  }
  redirect(`${ADDRESSES}?saved=deleted`);
}

/** Whose list: the signed-in shopper, else this browser's anonymous session (made on first save). */
async function wishOwner(create: boolean): Promise<account.WishOwner> {
  const token = await shopperToken();
  if (token) return { token };
  const session = await wishSessionId();
  if (session || !create) return { session };
  const fresh = randomBytes(18).toString('base64url');
  (await cookies()).set(WISH_COOKIE, fresh, await cookieOptions(60 * 60 * 24 * 60));
  return { session: fresh };
}

export async function saveToWishlist(form: FormData) {
  const to = `/p/${encodeURIComponent(text(form, 'slug'))}`;
  try {
    await assertCsrf(form);
    const store = await requireStore();
    await account.saveToWishlist(store, await wishOwner(true), text(form, 'listingId'));
  } catch (error) {
    back(to, error);
  }
  redirect(to);
}

export async function removeFromWishlist(form: FormData) {
  const listingId = text(form, 'listingId');
  const returnTo = safeNext(text(form, 'returnTo'), '/account/wishlist');
  const to = `${returnTo}${returnTo.includes('?') ? '&' : '?'}removed=${encodeURIComponent(listingId)}`;
  try {
    await assertCsrf(form);
    const store = await requireStore();
    const owner = await wishOwner(false);
    if (owner.token || owner.session) await account.removeFromWishlist(store, owner, text(form, 'listingId'));
  } catch (error) {
    unstable_rethrow(error);
    // Already gone (another tab removed it): the list the shopper sees next is right anyway.
    if (!(error instanceof account.ApiError && error.status === 404)) back(returnTo, error);
  }
  redirect(to);
}

const CARDS = '/account/payment-methods';

export async function addCard(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(CARDS);
    const cardToken = text(form, 'cardToken');
    if (!cardToken) throw new ShopperError('Enter the card token from the payment form.');
    await account.saveCard(store, token, {
      paymentMethodId: text(form, 'paymentMethodId'),
      token: cardToken,
    });
  } catch (error) {
    back(CARDS, error);
  }
  redirect(`${CARDS}?saved=added`);
}

export async function deleteCard(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(CARDS);
    await account.deleteCard(store, token, text(form, 'id'));
  } catch (error) {
    back(CARDS, error);
  }
  redirect(`${CARDS}?saved=deleted`);
}

export async function redeemPoints(form: FormData) {
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(LOYALTY);
    const points = Number(text(form, 'points'));
    if (!Number.isSafeInteger(points) || points <= 0)
      throw new ShopperError('Enter how many points to redeem.');
    // The key is rendered with the form: a double submit redeems once.
    const key = text(form, 'idempotencyKey') || randomUUID();
    const { giftCard } = await account.redeemPoints(store, token, points, key);
    // The code is a bearer credit: kept out of the URL (history, logs), shown from a short-lived
    // cookie tied to this session, and cleared when anyone signs in or out.
    (await cookies()).set(REDEEMED_COOKIE, JSON.stringify({ ...giftCard, session: sessionTag(token) }), {
      ...(await cookieOptions(10 * 60)),
      path: LOYALTY,
    });
  } catch (error) {
    back(LOYALTY, error);
  }
  redirect(`${LOYALTY}?redeemed=1`);
}

export async function requestReturn(form: FormData) {
  const orderId = text(form, 'orderId');
  let number = '';
  try {
    await assertCsrf(form);
    const { store, token } = await signedIn(`/account/returns/new?order=${orderId}`);
    const why = text(form, 'reason') || undefined;
    const items = [...form.keys()]
      .filter((k) => k.startsWith('qty:'))
      .map((k) => ({ itemId: k.slice(4), quantity: Number(text(form, k)), reason: why }))
      .filter((l) => Number.isSafeInteger(l.quantity) && l.quantity > 0);
    if (items.length === 0) throw new ShopperError('Choose at least one item to return.');
    const r = await account.requestReturn(store, token, text(form, 'orderNumber'), {
      items,
      note: text(form, 'note') || undefined,
    });
    number = r.number;
  } catch (error) {
    back(`/account/returns/new?order=${encodeURIComponent(orderId)}`, error);
  }
  redirect(`/account/returns?requested=${encodeURIComponent(number)}`);
}

export async function signOut(form: FormData) {
  try {
    await assertCsrf(form);
  } catch (error) {
    back('/account', error);
  }
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.delete({ name: REDEEMED_COOKIE, path: LOYALTY });
  redirect('/');
}
