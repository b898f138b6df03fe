import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { csrfToken } from '@/lib/csrf';
import { safeNext } from '@/lib/forms';
import { signInToAccount } from '../actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [sp, csrf] = await Promise.all([searchParams, csrfToken()]);
  const next = safeNext(sp.next);
  const q = next === '/account' ? '' : `?next=${encodeURIComponent(next)}`;
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <Notice error={sp.error} info={sp.reset ? 'Your new password is saved: sign in with it.' : undefined} />
      <form action={signInToAccount} className="stack">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <label>
          Email <input type="email" name="email" required autoComplete="email" />
        </label>
        <label>
          Password <input type="password" name="password" required autoComplete="current-password" />
        </label>
        <button type="submit" className="button button-wide">
          Sign in
        </button>
      </form>
      <p>
        <Link href="/account/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link href={`/account/register${q}`}>Create an account</Link>
      </p>
    </section>
  );
}
