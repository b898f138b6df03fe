import { cartTotals } from '@ventory/shop-core';
import { Fragment } from 'react';
import type { Cart } from '@/lib/api/cart';

/** The cart's totals rows, worded and ordered by @ventory/shop-core as in the Expo app. */
export function Totals({ cart, currency }: { cart: Cart; currency: string }) {
  return (
    <dl className="totals">
      {cartTotals(cart, currency).map((row) => (
        <Fragment key={row.key}>
          <dt className={row.grand ? 'grand' : undefined}>{row.label}</dt>
          <dd className={row.grand ? 'grand' : undefined} data-testid={row.grand ? 'cart-total' : undefined}>
            {row.value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
