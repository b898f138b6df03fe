import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { csrfToken } from '@/lib/csrf';
import { resetPassword } from '../security-actions';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** The reset email's link: a new password, typed twice. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const [sp, csrf] = await Promise.all([searchParams, csrfToken()]);
  if (!sp.token)
    return (
      <section className="narrow">
        <h1>Choose a new password</h1>
        <p>
          This page needs the link from your email.{' '}
          <Link href="/account/forgot-password">Ask for a new link</Link>.
        </p>
      </section>
    );
  return (
    <section className="narrow">
      <h1>Choose a new password</h1>
      <Notice error={sp.error} />
      <form action={resetPassword} className="stack">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="token" value={sp.token} />
        <label>
          New password
          <input type="password" name="password" required minLength={8} autoComplete="new-password" />
        </label>
        <label>
          New password again
          <input type="password" name="confirm" required minLength={8} autoComplete="new-password" />
        </label>
        <button type="submit" className="button button-wide">
          Save my new password
        </button>
      </form>
    </section>
  );
}
