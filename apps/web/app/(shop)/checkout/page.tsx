import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { applyCoupon, placeOrder, saveShipping } from '@/app/(shop)/actions';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { Totals } from '@/components/Totals';
import { type Address, type Cart, getCart, paymentMethods, shippingOptions } from '@/lib/api/cart';
import type { Store } from '@/lib/api/store';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { cartId, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const FIELDS: Array<[keyof Address, string, string, boolean]> = [
  ['firstName', 'First name', 'given-name', true],
  ['lastName', 'Last name', 'family-name', true],
  ['line1', 'Address', 'address-line1', true],
  ['line2', 'Apartment, suite (optional)', 'address-line2', false],
  ['city', 'City', 'address-level2', true],
  ['region', 'State / region', 'address-level1', false],
  ['postalCode', 'Postal code', 'postal-code', true],
  ['country', 'Country code (e.g. US)', 'country', true],
  ['phone', 'Phone (optional)', 'tel', false],
];

async function ShippingStep({ cart, store, csrf }: { cart: Cart; store: Store; csrf: string }) {
  const methods = await shippingOptions(store, cart.id, await shopperToken());
  const a = cart.shippingAddress;
  return (
    <form action={saveShipping} className="stack checkout-form">
      <input type="hidden" name="csrf" value={csrf} />
      <fieldset>
        <legend>Contact</legend>
        <label>
          Email{' '}
          <input type="email" name="email" required autoComplete="email" defaultValue={cart.email ?? ''} />
        </label>
      </fieldset>
      <fieldset className="address-grid">
        <legend>Shipping address</legend>
        {FIELDS.map(([name, label, auto, required]) => (
          <label key={name} className={`f-${name}`}>
            {label}
            <input
              name={name}
              autoComplete={auto}
              required={required}
              defaultValue={a?.[name] ?? (name === 'country' ? 'US' : '')}
              maxLength={name === 'country' ? 2 : 200}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Shipping method</legend>
        {methods.length === 0 ? (
          <p className="muted">Shipping options appear once available for this store.</p>
        ) : null}
        {methods.map((m, i) => (
          <label key={m.id} className="radio-card">
            <input
              type="radio"
              name="shippingMethodId"
              value={m.id}
              required
              defaultChecked={cart.shippingMethodId ? cart.shippingMethodId === m.id : i === 0}
            />
            <span>{m.name}</span>{' '}
            <span className="muted">
              {money(m.price, store.currency)}
              {m.estimatedDeliveryDays ? ` · ${m.estimatedDeliveryDays} days` : ''}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-wide">
        Continue to payment
      </button>
    </form>
  );
}

async function PaymentStep({ cart, store, csrf }: { cart: Cart; store: Store; csrf: string }) {
  const methods = await paymentMethods(store);
  const card =
    methods.find((m) => m.provider === 'test') ?? methods.find((m) => m.provider !== 'manual') ?? methods[0];
  const a = cart.shippingAddress;
  return (
    <>
      <section className="review-address">
        <h2>Shipping to</h2>
        <p>
          {a?.firstName} {a?.lastName}, {a?.line1}, {a?.city} {a?.postalCode}, {a?.country}
          <br />
          {cart.email} · <Link href="/checkout?step=shipping">Change</Link>
        </p>
      </section>
      <form action={applyCoupon} className="inline-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="returnTo" value="/checkout" />
        <label htmlFor="coupon">Coupon code</label>
        <div className="row">
          <input id="coupon" name="code" autoComplete="off" required />
          <button type="submit" className="button button-small">
            Apply
          </button>
        </div>
      </form>
      <form action={placeOrder} className="stack checkout-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <input type="hidden" name="paymentMethodId" value={card?.id ?? ''} />
        <fieldset>
          <legend>Card</legend>
          <label>
            Card token
            <input name="token" autoComplete="off" placeholder="tok_visa" aria-describedby="token-hint" />
          </label>
          <p id="token-hint" className="muted">
            Test mode: use <code>tok_visa</code> (approved) or <code>tok_declined</code>.
          </p>
        </fieldset>
        <fieldset>
          <legend>Gift card (optional)</legend>
          <label>
            Gift card code <input name="giftCardCode" autoComplete="off" />
          </label>
          <label>
            Amount from gift card (leave empty to use it for the whole total)
            <input name="giftCardAmount" inputMode="decimal" pattern="\d+(\.\d{1,2})?" />
          </label>
        </fieldset>
        <label>
          Order notes (optional) <textarea name="notes" rows={2} maxLength={1000} />
        </label>
        <button type="submit" className="button button-wide">
          Pay {money(cart.totalAmount, store.currency)}
        </button>
      </form>
    </>
  );
}

/** Guest checkout, mobile first: contact + address + shipping, then payment, then the order. */
export default async function CheckoutPage({ searchParams }: Props) {
  const [sp, store] = await Promise.all([searchParams, requireStore()]);
  const [cart, csrf] = await Promise.all([getCart(store, await cartId(), await shopperToken()), csrfToken()]);
  if (!cart || cart.items.length === 0) redirect('/cart');
  const payment = sp.step === 'payment' && cart.shippingAddress && cart.email;
  return (
    <div className="checkout">
      <h1>Checkout</h1>
      <ol className="steps" aria-label="Checkout steps">
        <li aria-current={payment ? undefined : 'step'}>Shipping</li>
        <li aria-current={payment ? 'step' : undefined}>Payment</li>
      </ol>
      <Notice error={sp.error} />
      <div className="checkout-layout">
        <div>
          {payment ? (
            <PaymentStep cart={cart} store={store} csrf={csrf} />
          ) : (
            <ShippingStep cart={cart} store={store} csrf={csrf} />
          )}
        </div>
        <aside className="summary" aria-label="Order summary">
          <ul className="mini-lines">
            {cart.items.map((i) => (
              <li key={i.id}>
                {i.quantity} × {i.title} <span>{money(i.lineTotal, store.currency)}</span>
              </li>
            ))}
          </ul>
          <Totals cart={cart} currency={store.currency} />
        </aside>
      </div>
    </div>
  );
}
