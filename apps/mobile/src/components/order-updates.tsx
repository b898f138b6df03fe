/**
 * The web build has no Expo push (browsers get web push from the storefront), so nothing to
 * register; Metro picks `order-updates.native.tsx` on phones.
 */
export function OrderUpdates() {
  return null;
}
