import type { CartItem } from '@ventory/sdk';
import type { Metadata } from 'next';
import { applyCoupon, saveLineForLater, updateLine } from '@/app/(shop)/actions';
import Link from '@/components/Link';
import { Notice } from '@/components/Notice';
import { NotTakingOrders } from '@/components/NotTakingOrders';
import { SavedForLater } from '@/components/SavedForLater';
import { CartLine } from '@/components/SharedUi';
import { ShopUi } from '@/components/ShopUi';
import { Totals } from '@/components/Totals';
import { getCart, missingSetup } from '@/lib/api/cart';
import { csrfToken } from '@/lib/csrf';
import { cartId, shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

// Crawlable: a crawler has no cart, so it only ever sees the empty state, and nothing private is in
// the URL. Its own canonical rather than the layout's "/", which would call it a copy of the home page.
export const metadata: Metadata = {
  title: 'Cart',
  alternates: { canonical: '/cart' },
};

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const info = (sp: Record<string, string | undefined>) =>
  sp.recovered ? 'Welcome back: your cart is as you left it.' : sp.added ? 'Added to your cart.' : undefined;

/** A line's controls: quantity, remove and save for later, as one CSRF-checked form (no script needed). */
function LineForm({ item, csrf }: { item: CartItem; csrf: string }) {
  return (
    <form action={updateLine} className="line-qty">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="itemId" value={item.id} />
      <label>
        <span className="sr-only">Quantity of {item.title}</span>
        <input
          type="number"
          name="quantity"
          min={0}
          max={99}
          defaultValue={item.quantity}
          inputMode="numeric"
        />
      </label>
      <button type="submit" className="button button-small">
        Update
      </button>
      <button type="submit" name="remove" value="1" className="link-button">
        Remove<span className="sr-only"> {item.title}</span>
      </button>
      <button type="submit" formAction={saveLineForLater} className="link-button">
        Save for later<span className="sr-only"> {item.title}</span>
      </button>
    </form>
  );
}

/** The cart: live from the API (never cached), quantities and coupons as CSRF-checked forms. */
export default async function CartPage({ searchParams }: Props) {
  const [sp, store] = await Promise.all([searchParams, requireStore()]);
  const token = await shopperToken();
  const [cart, csrf] = await Promise.all([getCart(store, await cartId(), token), csrfToken()]);
  if (!cart || cart.items.length === 0) {
    return (
      <ShopUi>
        <h1>Your cart</h1>
        <Notice error={sp.error} />
        <p>Your cart is empty.</p>
        <Link href="/search" className="button">
          Continue shopping
        </Link>
        {cart ? <SavedForLater cart={cart} currency={store.currency} csrf={csrf} /> : null}
      </ShopUi>
    );
  }
  const missing = await missingSetup(store, cart, token);
  return (
    <ShopUi>
      <h1>Your cart</h1>
      <Notice error={sp.error} info={info(sp)} />
      <div className="cart-layout">
        <ul className="cart-lines">
          {cart.items.map((item) => (
            <li key={item.id}>
              <CartLine
                item={item}
                currency={store.currency}
                testID="cart-line"
                controls={<LineForm item={item} csrf={csrf} />}
              />
            </li>
          ))}
        </ul>
        <aside className="summary" aria-label="Order summary">
          <Totals cart={cart} currency={store.currency} />
          <form action={applyCoupon} className="inline-form">
            <input type="hidden" name="csrf" value={csrf} />
            <label htmlFor="coupon">Coupon code</label>
            <div className="row">
              <input id="coupon" name="code" autoComplete="off" required />
              <button type="submit" className="button button-small">
                Apply
              </button>
            </div>
          </form>
          {cart.couponCodes.map((code) => (
            <form key={code} action={applyCoupon} className="chip">
              <input type="hidden" name="csrf" value={csrf} />
              <input type="hidden" name="code" value={code} />
              <span>{code}</span>
              <button type="submit" name="remove" value="1" className="link-button">
                Remove<span className="sr-only"> coupon {code}</span>
              </button>
            </form>
          ))}
          {missing.length > 0 ? (
            <NotTakingOrders missing={missing} storeName={store.name} />
          ) : (
            <Link href="/checkout" className="button button-wide">
              Checkout
            </Link>
          )}
        </aside>
      </div>
      <SavedForLater cart={cart} currency={store.currency} csrf={csrf} />
    </ShopUi>
  );
}
