import type { Metadata } from 'next';
import { signOut } from '@/app/(shop)/actions';
import Link from '@/components/Link';
import { getAccount, getOrders } from '@/lib/api/account';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

/** Profile, addresses and order history of the signed-in shopper. */
export default async function AccountPage() {
  const [store, token, csrf] = await Promise.all([requireStore(), shopperToken(), csrfToken()]);
  const me = await getAccount(store, token);
  if (!me || !token) {
    return (
      <section className="account-gate">
        <h1>Your account</h1>
        <p>Sign in to see your orders, or create an account.</p>
        <p className="row">
          <Link href="/account/login" className="button">
            Sign in
          </Link>
          <Link href="/account/register" className="button button-ghost">
            Create account
          </Link>
        </p>
      </section>
    );
  }
  const orders = await getOrders(store, token);
  return (
    <>
      <h1>
        Hello, {me.firstName} {me.lastName}
      </h1>
      <p className="muted" data-testid="account-email">
        {me.email}
      </p>
      <section aria-labelledby="orders-h">
        <h2 id="orders-h">Your orders</h2>
        {orders.length === 0 ? (
          <p>No orders yet.</p>
        ) : (
          <table className="orders">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>{o.orderNumber}</td>
                  <td>{new Date(o.createdAt).toLocaleDateString('en-US')}</td>
                  <td>{o.status.toLowerCase()}</td>
                  <td>{money(o.totalAmount, store.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {me.addresses && me.addresses.length > 0 ? (
        <section aria-labelledby="addr-h">
          <h2 id="addr-h">Addresses</h2>
          <ul>
            {me.addresses.map((a) => (
              <li key={`${a.line1}-${a.postalCode}`}>
                {a.firstName} {a.lastName}, {a.line1}, {a.city} {a.postalCode}, {a.country}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form action={signOut}>
        <input type="hidden" name="csrf" value={csrf} />
        <button type="submit" className="button button-ghost">
          Sign out
        </button>
      </form>
    </>
  );
}
