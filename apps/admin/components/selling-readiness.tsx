'use client';
// Whether shoppers can order yet: the storefront's cart says "this shop cannot take orders yet"
// until the store has an active shipping method and an active payment method.
import { usePaymentMethods, useShippingMethods } from '@/lib/settings';

export function SellingReadiness({ storeId }: { storeId: string }) {
  const shipping = useShippingMethods(storeId).list;
  const payments = usePaymentMethods(storeId).list;
  if (!shipping.data || !payments.data) return null;
  const missing = [
    shipping.data.data.some((m) => m.isActive) ? null : 'an active shipping method',
    payments.data.data.some((m) => m.isActive) ? null : 'an active payment method',
  ].filter((m): m is string => m !== null);
  return (
    <div role="status" className={missing.length ? 'alert' : 'notice'}>
      {missing.length
        ? `Shoppers cannot order yet: the store needs ${missing.join(' and ')}.`
        : 'Ready to sell: shoppers can choose a shipping method and pay at checkout.'}
    </div>
  );
}
