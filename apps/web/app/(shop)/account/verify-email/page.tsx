import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { csrfToken } from '@/lib/csrf';
import { verifyEmail } from '../security-actions';

export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/**
 * The verification email's link. Confirming is a button, not the visit itself, so that mail
 * scanners that open links do not confirm on the shopper's behalf.
 */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const [sp, csrf] = await Promise.all([searchParams, csrfToken()]);
  if (sp.done)
    return (
      <section className="narrow">
        <h1>Email confirmed</h1>
        <p role="status">Thank you: your email address is confirmed.</p>
        <Link href="/account" className="button">
          Go to your account
        </Link>
      </section>
    );
  return (
    <section className="narrow">
      <h1>Confirm your email</h1>
      <Notice error={sp.error} />
      {sp.token ? (
        <form action={verifyEmail} className="stack">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="token" value={sp.token} />
          <button type="submit" className="button button-wide">
            Confirm my email
          </button>
        </form>
      ) : (
        <p>
          This page needs the link from your email. You can ask for a new one on{' '}
          <Link href="/account/security">your account's security page</Link>.
        </p>
      )}
    </section>
  );
}
