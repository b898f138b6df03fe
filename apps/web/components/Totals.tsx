import type { Cart } from '@/lib/api/cart';
import { money } from '@/lib/format';

export function Totals({ cart, currency }: { cart: Cart; currency: string }) {
  const discount = Number.parseFloat(cart.discountAmount) || 0;
  return (
    <dl className="totals">
      <dt>Subtotal</dt>
      <dd>{money(cart.subtotal, currency)}</dd>
      {discount > 0 ? (
        <>
          <dt>Discount</dt>
          <dd>−{money(cart.discountAmount, currency)}</dd>
        </>
      ) : null}
      <dt>Shipping</dt>
      <dd>{cart.shippingMethodId ? money(cart.shippingAmount, currency) : 'Calculated at checkout'}</dd>
      <dt>Tax</dt>
      <dd>{money(cart.taxAmount, currency)}</dd>
      <dt className="grand">Total</dt>
      <dd className="grand" data-testid="cart-total">
        {money(cart.totalAmount, currency)}
      </dd>
    </dl>
  );
}
