import Link from '@/components/Link';
import { AddressForm, TextField } from '@/components/SharedUi';
import type { Customer } from '@/lib/api/account';
import { type Address, type Cart, type ShippingOption, shippingOptions } from '@/lib/api/cart';
import type { Store } from '@/lib/api/store';
import { money } from '@/lib/format';
import { saveShipping } from './actions';

type Props = {
  cart: Cart;
  store: Store;
  csrf: string;
  token?: string;
  account: Customer | null;
  addressId?: string;
};

/** The address to start from: one the shopper picked, the cart's, else the account's default. */
function prefill(cart: Cart, account: Customer | null, addressId?: string): Partial<Address> | null {
  const saved = account?.addresses ?? [];
  const picked = addressId ? saved.find((a) => a.id === addressId) : undefined;
  if (picked) return picked;
  if (cart.shippingAddress) return cart.shippingAddress;
  const preferred = saved.find((a) => a.id === account?.defaultAddressId) ?? saved.find((a) => a.isDefault);
  return preferred ?? saved[0] ?? null;
}

/** Other saved addresses as links (work without script): the form reloads filled with that one. */
function SavedAddresses({ account, current }: { account: Customer | null; current?: string }) {
  const saved = account?.addresses ?? [];
  if (saved.length < 2) return null;
  return (
    <nav aria-label="Your saved addresses" className="saved-addresses">
      <p className="muted">Ship to one of your saved addresses:</p>
      <ul className="row">
        {saved.map((a) => (
          <li key={a.id}>
            <Link
              href={`/checkout?address=${a.id}`}
              className="chip-link"
              aria-current={a.id === current ? 'true' : undefined}
            >
              {a.line1}, {a.city}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type MethodsProps = { methods: ShippingOption[]; chosen: string | null; currency: string };

function ShippingMethods({ methods, chosen, currency }: MethodsProps) {
  return (
    <fieldset>
      <legend>Shipping method</legend>
      {methods.length === 0 ? (
        <p className="muted">
          No shipping method delivers to this address yet. Check the country code, then continue to see the
          options again.
        </p>
      ) : null}
      {methods.map((m, i) => (
        <label key={m.id} className="radio-card">
          <input
            type="radio"
            name="shippingMethodId"
            value={m.id}
            required
            defaultChecked={chosen ? chosen === m.id : i === 0}
          />
          <span>{m.name}</span>{' '}
          <span className="muted">
            {money(m.price, currency)}
            {m.estimatedDeliveryDays ? ` · ${m.estimatedDeliveryDays} days` : ''}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Contact, address and shipping method; a signed-in shopper starts from their account. */
export async function ShippingStep({ cart, store, csrf, token, account, addressId }: Props) {
  const methods = await shippingOptions(store, cart.id, token);
  const a = prefill(cart, account, addressId);
  return (
    <form action={saveShipping} className="stack checkout-form">
      <input type="hidden" name="csrf" value={csrf} />
      <fieldset>
        <legend>Contact</legend>
        <TextField
          label="Email"
          name="email"
          required
          keyboard="email-address"
          autoComplete="email"
          defaultValue={cart.email ?? account?.email ?? ''}
        />
      </fieldset>
      <SavedAddresses account={account} current={addressId} />
      <fieldset>
        <legend>Shipping address</legend>
        <AddressForm value={{ ...a, country: a?.country ?? 'US' }} />
      </fieldset>
      <ShippingMethods methods={methods} chosen={cart.shippingMethodId} currency={store.currency} />
      <button type="submit" className="button button-wide">
        Continue to payment
      </button>
    </form>
  );
}
