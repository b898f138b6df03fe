/** What the checkout gives the wallet button (Apple Pay on iPhones, Google Pay on Android). */
export type WalletPayProps = {
  /** The store's Stripe payment method: wallets pay through Stripe's native SDK. */
  method: { id: string; publishableKey: string };
  amount: string;
  currency: string;
  storeName: string;
  busy: boolean;
  /** The wallet's Stripe PaymentMethod id, paid like a card token by the checkout. */
  onPaymentMethod: (paymentMethodId: string) => void;
  onError: (message: string) => void;
};

/**
 * The web build has no native wallet (the storefront's own checkout serves browsers); Metro picks
 * `wallet-pay.native.tsx` on phones.
 */
export function WalletPay(_props: WalletPayProps) {
  return null;
}
