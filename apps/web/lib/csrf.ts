import { timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';

const CSRF_COOKIE = 'vc_csrf';

/** The token a cookie form carries in a hidden field (double-submit against the httpOnly cookie). */
export async function csrfToken(): Promise<string> {
  return (await cookies()).get(CSRF_COOKIE)?.value ?? '';
}

/** Rejects a form whose hidden token does not match this browser's cookie. */
export async function assertCsrf(form: FormData): Promise<void> {
  const expected = (await cookies()).get(CSRF_COOKIE)?.value ?? '';
  const given = String(form.get('csrf') ?? '');
  const ok =
    expected.length > 0 &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) throw new Error('The form expired; reload the page and try again.');
}
