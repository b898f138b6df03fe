import {
  PlatformPay,
  PlatformPayButton,
  PlatformPayError,
  StripeProvider,
  usePlatformPay,
} from '@stripe/stripe-react-native';
import { currencyDigits, toMinor } from '@ventory/shop-core';
import { useEffect, useState } from 'react';
import { config } from '../config.ts';
import type { WalletPayProps } from './wallet-pay.tsx';

/**
 * Apple Pay / Google Pay through Stripe's native SDK, offered only where the phone can pay so (a
 * card in the wallet, a supported device). The wallet returns a Stripe PaymentMethod, which the
 * checkout sends like a typed card's token: the API's Stripe gateway confirms it the same way.
 */
export function WalletPay(props: WalletPayProps) {
  return (
    <StripeProvider publishableKey={props.method.publishableKey} merchantIdentifier={config.appleMerchantId}>
      <WalletButton {...props} />
    </StripeProvider>
  );
}

function WalletButton({
  method,
  amount,
  currency,
  storeName,
  busy,
  onPaymentMethod,
  onError,
}: WalletPayProps) {
  const { isPlatformPaySupported, createPlatformPayPaymentMethod } = usePlatformPay();
  const [supported, setSupported] = useState(false);
  // Stripe test keys pay with Google's test wallet, which needs no Play Store listing.
  const testEnv = method.publishableKey.startsWith('pk_test_');
  useEffect(() => {
    isPlatformPaySupported({ googlePay: { testEnv } })
      .then(setSupported)
      .catch(() => setSupported(false));
  }, [isPlatformPaySupported, testEnv]);
  if (!supported) return null;

  const pay = async () => {
    const where = { merchantCountryCode: config.merchantCountry, currencyCode: currency.toUpperCase() };
    const result = await createPlatformPayPaymentMethod({
      applePay: {
        ...where,
        cartItems: [{ label: storeName, amount, paymentType: PlatformPay.PaymentType.Immediate }],
      },
      googlePay: {
        ...where,
        testEnv,
        merchantName: storeName,
        amount: toMinor(amount, currencyDigits(currency)),
      },
    });
    if (result.error) {
      // Closing the sheet is a change of mind, not a failure.
      if (result.error.code !== PlatformPayError.Canceled)
        onError(result.error.localizedMessage ?? result.error.message);
      return;
    }
    onPaymentMethod(result.paymentMethod.id);
  };
  return (
    <PlatformPayButton
      type={PlatformPay.ButtonType.Buy}
      onPress={busy ? () => {} : pay}
      style={{ height: 52 }}
      accessibilityLabel={`Pay ${amount} with your phone's wallet`}
    />
  );
}
