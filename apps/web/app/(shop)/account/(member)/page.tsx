import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import { AccountOrders } from '@/components/AccountOrders';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { PushOptIn } from '@/components/PushOptIn';
import { getOrders } from '@/lib/api/account';
import { pushKey } from '@/lib/api/push';
import { csrfToken } from '@/lib/csrf';
import { updateProfile } from '../actions';
import { currentShopper } from '../shopper';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Overview: who is signed in, the profile form, and the latest orders. */
export default async function AccountPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me) return <AccountGate title="Your account" next="/account" />;
  const { me, store } = s;
  const [{ orders }, vapidKey] = await Promise.all([getOrders(store, s.token), pushKey(store)]);
  return (
    <>
      <h1>
        Hello, {me.firstName} {me.lastName}
      </h1>
      <p className="muted" data-testid="account-email">
        {me.email}
      </p>
      <Notice error={sp.error} info={sp.saved === 'profile' ? 'Your profile is saved.' : undefined} />
      <section aria-labelledby="profile-h" className="account-card">
        <h2 id="profile-h">Profile</h2>
        <form action={updateProfile} className="stack narrow">
          <input type="hidden" name="csrf" value={csrf} />
          <div className="account-pair">
            <label>
              First name
              <input
                name="firstName"
                defaultValue={me.firstName ?? ''}
                autoComplete="given-name"
                maxLength={100}
              />
            </label>
            <label>
              Last name
              <input
                name="lastName"
                defaultValue={me.lastName ?? ''}
                autoComplete="family-name"
                maxLength={100}
              />
            </label>
          </div>
          <label>
            Phone
            <input
              name="phoneNumber"
              type="tel"
              defaultValue={me.phoneNumber ?? ''}
              autoComplete="tel"
              maxLength={40}
            />
          </label>
          <label className="account-check">
            <input type="checkbox" name="marketingConsent" defaultChecked={me.marketingConsent} />
            <span>Email me news and offers</span>
          </label>
          <p>
            <button type="submit" className="button">
              Save profile
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="orders-h">
        <h2 id="orders-h">Recent orders</h2>
        <AccountOrders orders={orders.slice(0, 3)} email={me.email} currency={store.currency} />
        {orders.length > 0 ? (
          <p>
            <Link href="/account/orders">All orders</Link>
          </p>
        ) : null}
        {vapidKey ? <PushOptIn vapidKey={vapidKey} csrf={csrf} /> : null}
      </section>
    </>
  );
}
