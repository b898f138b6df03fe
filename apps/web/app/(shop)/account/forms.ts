import { ApiError } from '@ventory/sdk';
import { redirect, unstable_rethrow } from 'next/navigation';

/** An error whose message is written for the shopper. */
export class ShopperError extends Error {}

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The problem's detail for the shopper, never internals. */
export function reason(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Your session expired. Please sign in again.';
    if (error.status === 402) return 'The card was declined. Try another card.';
    const field = error.problem?.errors?.[0];
    return field ? `${field.path}: ${field.message}` : (error.problem?.detail ?? 'Something went wrong.');
  }
  if (error instanceof ShopperError || (error instanceof Error && /form expired/.test(error.message)))
    return error.message;
  return 'Something went wrong. Please try again.';
}

/** Back to the form's page with the reason in `?error=` (shown by components/Notice). */
export function back(path: string, error: unknown): never {
  unstable_rethrow(error); // redirect()/notFound() thrown inside the try are not errors
  const sep = path.includes('?') ? '&' : '?';
  redirect(`${path}${sep}error=${encodeURIComponent(reason(error))}`);
}

/** Where to go after signing in: only a path on this site (no `//host` or `/\host` tricks). */
export function safeNext(raw: string | null | undefined, fallback = '/account'): string {
  const next = (raw ?? '').trim();
  return /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : fallback;
}
