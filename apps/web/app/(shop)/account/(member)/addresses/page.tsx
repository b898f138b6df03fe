import type { Metadata } from 'next';
import { AccountGate } from '@/components/AccountGate';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { AddressForm } from '@/components/SharedUi';
import { ShopUi } from '@/components/ShopUi';
import { addresses as listAddresses, type SavedAddress } from '@/lib/api/account';
import { csrfToken } from '@/lib/csrf';
import { addAddress, deleteAddress, setDefaultAddress, updateAddress } from '../../actions';
import { currentShopper } from '../../shopper';

export const metadata: Metadata = { title: 'Your addresses', robots: { index: false } };

const SAVED: Record<string, string> = {
  added: 'Address added.',
  updated: 'Address updated.',
  default: 'Default address changed.',
  deleted: 'Address deleted.',
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

function AddressText({ a }: { a: SavedAddress }) {
  return (
    <address>
      {a.firstName} {a.lastName}
      <br />
      {a.line1}
      {a.line2 ? `, ${a.line2}` : ''}
      <br />
      {a.postalCode} {a.city}
      {a.region ? `, ${a.region}` : ''}, {a.country}
      {a.phone ? (
        <>
          <br />
          {a.phone}
        </>
      ) : null}
    </address>
  );
}

function AddressCard({ a, csrf }: { a: SavedAddress; csrf: string }) {
  const name = `${a.line1}, ${a.city}`;
  return (
    <li className="account-card" data-testid="address">
      {a.isDefault ? <p className="account-badge">Default</p> : null}
      <AddressText a={a} />
      <div className="row">
        <Link href={`/account/addresses?edit=${a.id}#edit-h`} className="button button-ghost button-small">
          Edit<span className="sr-only"> {name}</span>
        </Link>
        {a.isDefault ? null : (
          <form action={setDefaultAddress}>
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="id" value={a.id} />
            <button type="submit" className="button button-ghost button-small">
              Make default<span className="sr-only"> {name}</span>
            </button>
          </form>
        )}
        <form action={deleteAddress}>
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="id" value={a.id} />
          <button type="submit" className="link-button">
            Delete<span className="sr-only"> {name}</span>
          </button>
        </form>
      </div>
    </li>
  );
}

/** The address book: list, add, edit (`?edit=<id>`), make default, delete. */
export default async function AddressesPage({ searchParams }: Props) {
  const [s, sp, csrf] = await Promise.all([currentShopper(), searchParams, csrfToken()]);
  if (!s.me) return <AccountGate title="Your addresses" next="/account/addresses" />;
  const list = await listAddresses(s.store, s.token);
  const editing = list.find((a) => a.id === sp.edit);
  return (
    <ShopUi>
      <h1>Your addresses</h1>
      <Notice error={sp.error} info={SAVED[sp.saved ?? '']} />
      {list.length === 0 ? <p>No saved addresses yet.</p> : null}
      <ul className="account-cards">
        {list.map((a) => (
          <AddressCard key={a.id} a={a} csrf={csrf} />
        ))}
      </ul>
      {editing ? (
        <section aria-labelledby="edit-h" className="account-card">
          <h2 id="edit-h">Edit address</h2>
          <form action={updateAddress} className="stack">
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="id" value={editing.id} />
            <AddressForm value={editing} />
            {editing.isDefault ? null : (
              <label className="account-check">
                <input type="checkbox" name="isDefault" />
                <span>Make this my default address</span>
              </label>
            )}
            <p className="row">
              <button type="submit" className="button">
                Save address
              </button>
              <Link href="/account/addresses">Cancel</Link>
            </p>
          </form>
        </section>
      ) : null}
      <details className="account-card" open={sp.add === '1' || list.length === 0}>
        <summary>
          <h2 className="account-summary">Add an address</h2>
        </summary>
        <form action={addAddress} className="stack">
          <input type="hidden" name="csrf" value={csrf} />
          <AddressForm value={{}} />
          <label className="account-check">
            <input type="checkbox" name="isDefault" defaultChecked={list.length === 0} />
            <span>Make this my default address</span>
          </label>
          <p>
            <button type="submit" className="button">
              Add address
            </button>
          </p>
        </form>
      </details>
    </ShopUi>
  );
}
