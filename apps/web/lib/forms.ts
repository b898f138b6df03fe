import type { Address } from '@ventory/sdk';
import { ApiError } from '@ventory/sdk';
import { cleanAddress, validateAddress } from '@ventory/shop-core';
import { redirect, unstable_rethrow } from 'next/navigation';

/** An error whose message is written for the shopper. */
export class ShopperError extends Error {}

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The problem's detail for the shopper, never internals. */
export function reason(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.problem?.code === 'INSUFFICIENT_STOCK') return 'Sorry, there is not enough stock for that.';
    if (error.status === 402) {
      // Gift-card declines say why (balance, expiry); card declines stay generic.
      const detail = error.problem?.detail ?? '';
      return /gift card/i.test(detail) ? detail : 'Your card was declined. Try another card.';
    }
    if (error.status === 429) return 'Too many attempts. Please wait a minute and try again.';
    if (error.status === 401) return 'Your session expired. Please sign in again.';
    const field = error.problem?.errors?.[0];
    if (field?.path === 'shippingMethodId')
      return 'That shipping method does not deliver to this address. Please choose another one.';
    return field ? `${field.path}: ${field.message}` : (error.problem?.detail ?? 'Something went wrong.');
  }
  if (error instanceof ShopperError || (error instanceof Error && /form expired/.test(error.message)))
    return error.message;
  return 'Something went wrong. Please try again.';
}

/** Back to `path` with the error shown by <Notice>; redirect()/notFound() thrown in a try pass through. */
export function back(path: string, error: unknown): never {
  unstable_rethrow(error);
  const sep = path.includes('?') ? '&' : '?';
  redirect(`${path}${sep}error=${encodeURIComponent(reason(error))}`);
}

const ADDRESS_FIELDS = [
  'firstName',
  'lastName',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
  'phone',
] as const;

/** An address from form fields named `firstName`, `line1`, … (cleaned as the app cleans one). */
export function addressFrom(form: FormData): Address {
  return cleanAddress(Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, text(form, k)])));
}

/** The first problem with an address (and email), in the words the Expo app uses, as a ShopperError. */
export function assertAddress(address: Address, email?: string) {
  const problem = Object.values(validateAddress(address, email))[0];
  if (problem) throw new ShopperError(problem);
}

/** Ids from URLs and forms are checked before they reach an API path. */
export const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** A query parameter as one string: a repeated one (`?a=1&a=2`) gives its first value. */
export function firstOf(v: unknown): string {
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === 'string' ? one : '';
}

/** Where to go after signing in: only a path on this site (no `//host` or backslash tricks). */
export function safeNext(raw: unknown, fallback = '/account'): string {
  const next = firstOf(raw).trim();
  return /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : fallback;
}
