import { cartTotals, itemCount } from '@ventory/shop-core';
import { useState } from 'react';
import { api } from '../state/api.ts';
import { useAppDispatch, useAppSelector } from '../state/hooks.ts';
import { cartGone, noticesRead } from '../state/slices.ts';

/** The cart as the cart screen needs it: lines, waiting offline adds, totals and its actions. */
export function useCart() {
  const dispatch = useAppDispatch();
  const cartId = useAppSelector((s) => s.cart.cartId);
  const queue = useAppSelector((s) => s.cart.queue);
  const notices = useAppSelector((s) => s.cart.notices);
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  const cart = api.useCartQuery(cartId ?? '', { skip: !cartId });
  const [updateItem] = api.useUpdateItemMutation();
  const [removeItem] = api.useRemoveItemMutation();
  const [saveForLater] = api.useSaveForLaterMutation();
  const [updateCart, couponState] = api.useUpdateCartMutation();
  const [couponError, setCouponError] = useState<unknown>(null);
  // A cart that expired or was ordered elsewhere is forgotten, so the next add starts a new one.
  const gone =
    cart.error && 'status' in cart.error && (cart.error.status === 404 || cart.error.status === 410);
  if (gone) dispatch(cartGone());
  const data = cart.data && cart.data.status === 'ACTIVE' ? cart.data : undefined;
  return {
    cartId,
    cart: data,
    currency,
    queue,
    notices,
    readNotices: () => dispatch(noticesRead()),
    count: itemCount(data?.items ?? []) + itemCount(queue),
    totals: data ? cartTotals(data, currency) : [],
    isLoading: cart.isLoading,
    error: data ? undefined : gone ? undefined : cart.error,
    refetch: cart.refetch,
    setQuantity: (itemId: string, quantity: number) => cartId && updateItem({ cartId, itemId, quantity }),
    remove: (itemId: string) => cartId && removeItem({ cartId, itemId }),
    saveForLater: (itemId: string) => cartId && saveForLater({ cartId, itemId }),
    moveToCart: (itemId: string) => cartId && saveForLater({ cartId, itemId, back: true }),
    couponBusy: couponState.isLoading,
    couponError,
    applyCoupon: async (code: string) => {
      if (!cartId || !data) return;
      setCouponError(null);
      const codes = [...new Set([...data.couponCodes, code.trim().toUpperCase()])];
      const res = await updateCart({ cartId, update: { couponCodes: codes } });
      if ('error' in res) setCouponError(res.error);
    },
    removeCoupon: (code: string) =>
      cartId &&
      data &&
      updateCart({ cartId, update: { couponCodes: data.couponCodes.filter((c) => c !== code) } }),
  };
}
