import type { Cart } from '@ventory/sdk';
import { moveLineToCart } from '@/app/(shop)/actions';
import { CartLine } from '@/components/SharedUi';

/** Lines the shopper set aside (the cart's shared line): no stock is held for them; each can go back. */
export function SavedForLater({ cart, currency, csrf }: { cart: Cart; currency: string; csrf: string }) {
  if (cart.savedItems.length === 0) return null;
  return (
    <section className="saved-for-later" aria-labelledby="saved-heading">
      <h2 id="saved-heading">Saved for later ({cart.savedItems.length})</h2>
      <ul className="cart-lines">
        {cart.savedItems.map((item) => (
          <li key={item.id}>
            <CartLine
              item={item}
              currency={currency}
              controls={
                <form action={moveLineToCart}>
                  <input type="hidden" name="csrf" value={csrf} />
                  <input type="hidden" name="itemId" value={item.id} />
                  <button type="submit" className="button button-small">
                    Move to cart<span className="sr-only"> {item.title}</span>
                  </button>
                </form>
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
