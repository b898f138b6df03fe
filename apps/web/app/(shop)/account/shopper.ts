import { createHash } from 'node:crypto';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { type Customer, getAccount } from '@/lib/api/account';
import type { Store } from '@/lib/api/store';
import { shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

/** A guest's anonymous wish-list session (the API's X-Session-Id); merged into the account on sign-in. */
export const WISH_COOKIE = 'vc_wish';
/** A gift-card code from a points redemption, shown once on the loyalty page (never in a URL). */
export const REDEEMED_COOKIE = 'vc_redeemed';

export type SignedIn = { store: Store; token: string; me: Customer };
export type SignedOut = { store: Store; token: undefined; me: null };

/**
 * The request's store and signed-in shopper, read once per request (the account layout and the
 * page both ask; React's cache shares the answer).
 */
export const currentShopper = cache(async (): Promise<SignedIn | SignedOut> => {
  const [store, token] = await Promise.all([requireStore(), shopperToken()]);
  const me = await getAccount(store, token);
  return me && token ? { store, token, me } : { store, token: undefined, me: null };
});

export async function wishSessionId(): Promise<string | undefined> {
  const v = (await cookies()).get(WISH_COOKIE)?.value;
  return v && /^[A-Za-z0-9_-]{16,100}$/.test(v) ? v : undefined;
}

/** Ties a short-lived cookie to the session that set it (a later shopper on the browser differs). */
export const sessionTag = (token: string) =>
  createHash('sha256').update(token).digest('base64url').slice(0, 22);
