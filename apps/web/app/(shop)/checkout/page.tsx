import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Notice } from '@/components/Notice';
import { ShopUi } from '@/components/ShopUi';
import { Totals } from '@/components/Totals';
import { getAccount } from '@/lib/api/account';
import { getCart, missingSetup } from '@/lib/api/cart';
import { csrfToken } from '@/lib/csrf';
import { money } from '@/lib/format';
import { cartId, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';
import { themeOf } from '@/lib/theme';
import { PaymentStep } from './PaymentStep';
import { ShippingStep } from './ShippingStep';
import '../track/orders.css';

// Crawlable: a crawler has no cart, so it only ever sees the empty state, and nothing private is in
// the URL. Its own canonical rather than the layout's "/", which would call it a copy of the home page.
export const metadata: Metadata = {
  title: 'Checkout',
  alternates: { canonical: '/checkout' },
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Checkout, mobile first: contact + address + shipping, then payment (gift card, card), then the order. */
export default async function CheckoutPage({ searchParams }: Props) {
  const [sp, store, token] = await Promise.all([searchParams, requireStore(), shopperToken()]);
  const [cart, csrf] = await Promise.all([getCart(store, await cartId(), token), csrfToken()]);
  if (!cart || cart.items.length === 0) redirect('/cart');
  // A store without shipping or payment says so on the cart page rather than failing here.
  if ((await missingSetup(store, cart, token)).length > 0) redirect('/cart');
  const payment = sp.step === 'payment' && cart.shippingAddress && cart.email;
  const account = payment ? null : await getAccount(store, token);
  const layout = themeOf(store).checkout;
  const summary = (
    <>
      <ul className="mini-lines">
        {cart.items.map((i) => (
          <li key={i.id}>
            {i.quantity} × {i.title} <span>{money(i.lineTotal, store.currency)}</span>
          </li>
        ))}
      </ul>
      <Totals cart={cart} currency={store.currency} />
    </>
  );
  return (
    <div className={`checkout checkout-${layout}`}>
      <h1>Checkout</h1>
      <ol className="steps" aria-label="Checkout steps">
        <li aria-current={payment ? undefined : 'step'}>Shipping</li>
        <li aria-current={payment ? 'step' : undefined}>Payment</li>
      </ol>
      <Notice error={sp.error} info={sp.gift === 'applied' ? 'Gift card applied.' : undefined} />
      {layout === 'focused' ? (
        <details className="summary summary-folded">
          <summary>
            Order summary <strong>{money(cart.totalAmount, store.currency)}</strong>
          </summary>
          {summary}
        </details>
      ) : null}
      <div className="checkout-layout">
        <div className="checkout-main">
          {payment ? (
            <PaymentStep cart={cart} store={store} csrf={csrf} token={token} />
          ) : (
            <ShopUi>
              <ShippingStep
                cart={cart}
                store={store}
                csrf={csrf}
                token={token}
                account={account}
                addressId={sp.address}
              />
            </ShopUi>
          )}
        </div>
        {layout === 'classic' ? (
          <aside className="summary" aria-label="Order summary">
            {summary}
          </aside>
        ) : null}
      </div>
    </div>
  );
}
