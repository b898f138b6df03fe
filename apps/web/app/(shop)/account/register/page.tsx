import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { csrfToken } from '@/lib/csrf';
import { safeNext } from '@/lib/forms';
import { registerAccount } from '../actions';

export const metadata: Metadata = { title: 'Create account', robots: { index: false } };

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [sp, csrf] = await Promise.all([searchParams, csrfToken()]);
  const next = safeNext(sp.next);
  const q = next === '/account' ? '' : `?next=${encodeURIComponent(next)}`;
  return (
    <section className="narrow">
      <h1>Create account</h1>
      <Notice error={sp.error} />
      <form action={registerAccount} className="stack">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="next" value={next} />
        <label>
          First name <input name="firstName" required autoComplete="given-name" />
        </label>
        <label>
          Last name <input name="lastName" required autoComplete="family-name" />
        </label>
        <label>
          Email <input type="email" name="email" required autoComplete="email" />
        </label>
        <label>
          Password{' '}
          <input type="password" name="password" required minLength={8} autoComplete="new-password" />
        </label>
        <button type="submit" className="button button-wide">
          Create account
        </button>
      </form>
      <p>
        Already have an account? <Link href={`/account/login${q}`}>Sign in</Link>
      </p>
    </section>
  );
}
