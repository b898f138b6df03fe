import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';

import { CONSENT_COOKIE, SESSION_ID_COOKIE } from './consent-cookies';

export { CONSENT_COOKIE, SESSION_ID_COOKIE };

const YEAR = 60 * 60 * 24 * 365;

export async function analyticsChoice(): Promise<'yes' | 'no' | null> {
  const v = (await cookies()).get(CONSENT_COOKIE)?.value;
  return v === 'yes' || v === 'no' ? v : null;
}

/** The analytics session of a consenting shopper, or null (no consent: nothing is recorded). */
export async function analyticsSession(): Promise<string | null> {
  const jar = await cookies();
  if (jar.get(CONSENT_COOKIE)?.value !== 'yes') return null;
  return jar.get(SESSION_ID_COOKIE)?.value ?? null;
}

/** Records the choice; a yes also starts an analytics session id (a no deletes it). */
export async function rememberChoice(choice: 'yes' | 'no', secure: boolean) {
  const jar = await cookies();
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: YEAR };
  jar.set(CONSENT_COOKIE, choice, base);
  if (choice === 'yes' && !jar.get(SESSION_ID_COOKIE)) jar.set(SESSION_ID_COOKIE, randomUUID(), base);
  if (choice === 'no') jar.delete(SESSION_ID_COOKIE);
}
