import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { Notice } from '@/components/Notice';
import { csrfToken } from '@/lib/csrf';
import { changePassword, deleteMyAccount, resendVerification } from '../../security-actions';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Security and privacy', robots: { index: false } };

const SAVED: Record<string, string> = {
  password: 'Your password is changed.',
  verification: 'We sent you a new confirmation link.',
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Password, email confirmation, and the shopper's own data: download it, or delete the account. */
export default async function SecurityPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me) return <AccountGate title="Security and privacy" next="/account/security" />;
  return (
    <>
      <h1>Security and privacy</h1>
      <Notice error={sp.error} info={sp.saved ? SAVED[sp.saved] : undefined} />

      <section className="stack account-section" aria-labelledby="email-heading">
        <h2 id="email-heading">Email</h2>
        {s.me.emailVerified ? (
          <p data-testid="email-status">{s.me.email} is confirmed.</p>
        ) : (
          <form action={resendVerification} className="stack">
            <input type="hidden" name="csrf" value={csrf} />
            <p data-testid="email-status">{s.me.email} is not confirmed yet: look for our email, or</p>
            <button type="submit" className="button button-small">
              Send the confirmation link again
            </button>
          </form>
        )}
      </section>

      <section className="account-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <form action={changePassword} className="stack">
          <input type="hidden" name="csrf" value={csrf} />
          <label>
            Current password
            <input type="password" name="currentPassword" required autoComplete="current-password" />
          </label>
          <label>
            New password
            <input type="password" name="newPassword" required minLength={8} autoComplete="new-password" />
          </label>
          <label>
            New password again
            <input type="password" name="confirm" required minLength={8} autoComplete="new-password" />
          </label>
          <button type="submit" className="button">
            Change password
          </button>
        </form>
      </section>

      <section className="stack account-section" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>Everything we hold about you (profile, addresses, orders, emails we sent), as a JSON file.</p>
        <p>
          {/* A download, not a page: a plain link to the route handler. */}
          <a href="/account/export" className="button button-small" download>
            Download my data
          </a>
        </p>
      </section>

      <section className="stack account-section danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete my account</h2>
        <p>
          Your profile, addresses, saved cards and wish list are erased and you are signed out. Orders stay
          with the shop for its accounts, without your name or address.
        </p>
        <form action={deleteMyAccount} className="stack">
          <input type="hidden" name="csrf" value={csrf} />
          <label>
            Type DELETE to confirm
            <input name="confirm" required autoComplete="off" pattern="DELETE" />
          </label>
          <button type="submit" className="button button-danger">
            Delete my account
          </button>
        </form>
      </section>
    </>
  );
}
