import type { Cart } from '@ventory/sdk';
import { money, toMinor } from './money.ts';

export type TotalsRow = { key: string; label: string; value: string; grand?: boolean };
type CartAmounts = Pick<
  Cart,
  'subtotal' | 'discountAmount' | 'shippingAmount' | 'taxAmount' | 'totalAmount' | 'shippingMethodId'
>;

/**
 * The rows of a cart's totals, as web and app both show them: the discount only when there is
 * one, shipping "at checkout" until a method is chosen, the grand total last.
 */
export function cartTotals(cart: CartAmounts, currency: string): TotalsRow[] {
  const rows: TotalsRow[] = [{ key: 'subtotal', label: 'Subtotal', value: money(cart.subtotal, currency) }];
  if (toMinor(cart.discountAmount) > 0)
    rows.push({ key: 'discount', label: 'Discount', value: `−${money(cart.discountAmount, currency)}` });
  rows.push({
    key: 'shipping',
    label: 'Shipping',
    value: cart.shippingMethodId ? money(cart.shippingAmount, currency) : 'Calculated at checkout',
  });
  rows.push({ key: 'tax', label: 'Tax', value: money(cart.taxAmount, currency) });
  rows.push({ key: 'total', label: 'Total', value: money(cart.totalAmount, currency), grand: true });
  return rows;
}

/** Number of items in a cart (sum of quantities), for the cart badge. */
export const itemCount = (items: ReadonlyArray<{ quantity: number }>) =>
  items.reduce((n, i) => n + i.quantity, 0);
