import type { Metadata } from 'next';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { csrfToken } from '@/lib/csrf';
import { requestPasswordReset } from '../security-actions';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const [sp, csrf] = await Promise.all([searchParams, csrfToken()]);
  return (
    <section className="narrow">
      <h1>Forgot your password?</h1>
      <Notice
        error={sp.error}
        info={
          sp.sent
            ? 'If that email has an account here, we sent it a link to choose a new password. It works for an hour.'
            : undefined
        }
      />
      <p>Enter the email of your account and we will send you a link to choose a new password.</p>
      <form action={requestPasswordReset} className="stack">
        <input type="hidden" name="csrf" value={csrf} />
        <label>
          Email <input type="email" name="email" required autoComplete="email" />
        </label>
        <button type="submit" className="button button-wide">
          Send me a link
        </button>
      </form>
      <p>
        <Link href="/account/login">Back to sign in</Link>
      </p>
    </section>
  );
}
