import { cartTotals, money, shopperMessage } from '@ventory/shop-core';
import { AddressForm, Button, CartTotals, Notice, TextField, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { Heading, Muted, Screen, StateView } from '../components/layout.tsx';
import { useCheckout } from '../hooks/use-checkout.ts';

type Checkout = ReturnType<typeof useCheckout>;

function ShippingStep({ c }: { c: Checkout }) {
  const t = useTokens();
  const options = c.shipping.data?.data ?? [];
  if (c.shipping.isLoading || c.shipping.error)
    return <StateView loading={c.shipping.isLoading} error={c.shipping.error} onRetry={c.shipping.refetch} />;
  return (
    <View style={styles.block} accessibilityRole="radiogroup" accessibilityLabel="Shipping method">
      <Heading level={2}>Shipping</Heading>
      {options.length === 0 ? (
        <Notice tone="error">No shipping method delivers to this address. Check the country.</Notice>
      ) : null}
      {options.map((o) => {
        const selected = c.cart?.shippingMethodId === o.id;
        return (
          <Pressable
            key={o.id}
            accessibilityRole="radio"
            accessibilityState={{ checked: selected }}
            aria-checked={selected}
            accessibilityLabel={`${o.name}, ${money(o.price, c.currency)}`}
            onPress={() => c.chooseShipping(o.id)}
            style={[
              styles.option,
              {
                borderColor: selected ? t.colors.brand : t.colors.border,
                borderRadius: t.radius.md,
                borderWidth: selected ? 2 : 1,
              },
            ]}
          >
            <Text style={{ fontWeight: '600', color: t.colors.text }}>
              {selected ? '● ' : '○ '}
              {o.name} · {money(o.price, c.currency)}
            </Text>
            {o.estimatedDeliveryDays ? <Muted>About {o.estimatedDeliveryDays} days</Muted> : null}
          </Pressable>
        );
      })}
      <Button
        label="Continue to payment"
        onPress={() => c.setStep('payment')}
        disabled={!c.cart?.shippingMethodId && options.length > 0}
        busy={c.busy}
      />
    </View>
  );
}

function PaymentStep({ c, onPlaced }: { c: Checkout; onPlaced: (id: string) => void }) {
  return (
    <View style={styles.block}>
      <Heading level={2}>Payment</Heading>
      {c.gift ? (
        <Notice tone="success">
          Gift card ending {c.gift.code.slice(-4)} pays {money(c.split.giftAmount ?? 0, c.currency)}
          {c.split.cardAmount
            ? `; your card pays ${money(c.split.cardAmount, c.currency)}.`
            : ': the whole order.'}
        </Notice>
      ) : (
        <>
          <TextField
            label="Gift card code"
            value={c.giftCode}
            onChangeText={c.setGiftCode}
            autoComplete="off"
          />
          <Button
            label="Apply gift card"
            variant="secondary"
            onPress={c.applyGift}
            busy={c.giftChecking}
            disabled={c.giftCode.trim().length < 4}
          />
        </>
      )}
      {c.split.cardAmount ? (
        <View style={styles.block}>
          <TextField
            label="Card number"
            value={c.card.number}
            onChangeText={(number) => c.setCard({ ...c.card, number })}
            error={c.cardErrors.number}
            keyboard="numeric"
            autoComplete="cc-number"
            placeholder="4242 4242 4242 4242"
          />
          <TextField
            label="Expiry (MM/YY)"
            value={c.card.expiry}
            onChangeText={(expiry) => c.setCard({ ...c.card, expiry })}
            error={c.cardErrors.expiry}
            autoComplete="cc-exp"
            placeholder="12/34"
          />
          <TextField
            label="Security code"
            value={c.card.cvc}
            onChangeText={(cvc) => c.setCard({ ...c.card, cvc })}
            error={c.cardErrors.cvc}
            keyboard="numeric"
            autoComplete="cc-csc"
            placeholder="123"
          />
          <Muted>
            Test mode: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined. No money moves.
          </Muted>
        </View>
      ) : null}
      <Button
        label={c.split.cardAmount ? `Pay ${money(c.split.cardAmount, c.currency)}` : 'Place order'}
        testID="pay"
        busy={c.busy}
        onPress={async () => {
          const order = await c.pay();
          if (order) onPlaced(order.id);
        }}
      />
    </View>
  );
}

/** Checkout: address (validated on the device), shipping options, gift card and test card. */
export function CheckoutScreen() {
  const router = useRouter();
  const c = useCheckout();
  if (!c.cart) return <StateView loading={c.cartLoading} empty="Your cart is empty." />;
  if (c.cart.items.length === 0) return <StateView empty="Your cart is empty." />;
  return (
    <Screen testID="checkout">
      <Heading>Checkout</Heading>
      {c.failure ? <Notice tone="error">{shopperMessage(c.failure)}</Notice> : null}
      {c.step === 'address' ? (
        <View style={styles.block}>
          <Heading level={2}>Delivery address</Heading>
          <AddressForm
            value={c.address}
            onChange={c.setAddress}
            errors={c.errors}
            email={{ value: c.email, onChange: c.setEmail }}
          />
          <Button label="Continue to shipping" onPress={c.saveAddress} busy={c.busy} />
        </View>
      ) : (
        <View style={styles.block}>
          <Muted>
            To {c.cart.shippingAddress?.firstName} {c.cart.shippingAddress?.lastName},{' '}
            {c.cart.shippingAddress?.line1}, {c.cart.shippingAddress?.city} · {c.cart.email}
          </Muted>
          <Button variant="link" label="Change address" onPress={() => c.setStep('address')} />
        </View>
      )}
      {c.step === 'shipping' ? <ShippingStep c={c} /> : null}
      {c.step === 'payment' ? (
        <PaymentStep c={c} onPlaced={(id) => router.replace(`/order/${id}?placed=1`)} />
      ) : null}
      <CartTotals rows={cartTotals(c.cart, c.currency)} />
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 12 },
  option: { padding: 14, gap: 4 },
});
