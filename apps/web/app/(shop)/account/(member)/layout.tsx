import type { ReactNode } from 'react';
import { AccountNav } from '@/components/AccountNav';
import { csrfToken } from '@/lib/csrf';
import { signOut } from '../actions';
import { currentShopper } from '../shopper';
import '../account.css';

/** The signed-in account area: sub-navigation beside (desktop) or above (mobile) the section. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const [s, csrf] = await Promise.all([currentShopper(), csrfToken()]);
  // Signed out, each page renders the sign-in/register gate (it knows where to come back to).
  if (!s.me) return children;
  return (
    <div className="account">
      <aside className="account-side">
        <p className="account-who">
          <span className="muted">Signed in as</span> <strong>{s.me.firstName ?? s.me.email}</strong>
        </p>
        <AccountNav />
        <form action={signOut} className="account-out">
          <input type="hidden" name="csrf" value={csrf} />
          <button type="submit" className="link-button">
            Sign out
          </button>
        </form>
      </aside>
      <div className="account-main">{children}</div>
    </div>
  );
}
