import { cardExpiry, cardName, cartTotals, money } from '@ventory/shop-core';
import { AddressForm, Button, CartTotals, Notice, TextField, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { CardFields } from '../components/card-fields.tsx';
import { Chip, Heading, Muted, Row, Screen, StateView } from '../components/layout.tsx';
// No extension: Metro picks wallet-pay.native.tsx (Apple Pay, Google Pay) on phones.
import { WalletPay } from '../components/wallet-pay';
import { useCheckout } from '../hooks/use-checkout.ts';
import { api } from '../state/api.ts';

type Checkout = ReturnType<typeof useCheckout>;

/** A radio of a group (shipping method, saved card) or a checkbox: its state is announced as checked. */
function Choice(p: {
  label: string;
  note?: string;
  selected: boolean;
  onPress: () => void;
  role?: 'radio' | 'checkbox';
}) {
  const t = useTokens();
  const radio = (p.role ?? 'radio') === 'radio';
  return (
    <Pressable
      accessibilityRole={radio ? 'radio' : 'checkbox'}
      accessibilityState={{ checked: p.selected }}
      aria-checked={p.selected}
      accessibilityLabel={p.label}
      onPress={p.onPress}
      style={[
        styles.option,
        {
          borderColor: p.selected ? t.colors.brand : t.colors.border,
          borderRadius: t.radius.md,
          borderWidth: p.selected ? 2 : 1,
        },
      ]}
    >
      <Text style={{ fontWeight: '600', color: t.colors.text }}>
        {radio ? (p.selected ? '● ' : '○ ') : p.selected ? '☑ ' : '☐ '}
        {p.label}
      </Text>
      {p.note ? <Muted>{p.note}</Muted> : null}
    </Pressable>
  );
}

/** The signed-in shopper's saved cards, or a new card typed in the fields below. */
function CardChoice({ c }: { c: Checkout }) {
  if (c.savedCards.length === 0) return null;
  return (
    <View style={styles.block} accessibilityRole="radiogroup" accessibilityLabel="Pay with">
      {c.savedCards.map((card) => (
        <Choice
          key={card.id}
          label={cardName(card)}
          note={cardExpiry(card)}
          selected={c.cardChoice === card.id}
          onPress={() => c.setCardChoice(card.id)}
        />
      ))}
      <Choice label="A new card" selected={c.cardChoice === 'new'} onPress={() => c.setCardChoice('new')} />
    </View>
  );
}

/** A signed-in shopper's saved addresses: a tap fills the form with one. */
function SavedAddresses({ c }: { c: Checkout }) {
  if (c.savedAddresses.length === 0) return null;
  return (
    <View style={styles.block} accessibilityLabel="Your saved addresses">
      <Muted>Ship to one of your saved addresses:</Muted>
      <Row wrap>
        {c.savedAddresses.map((a) => (
          <Chip
            key={a.id}
            label={`${a.firstName} ${a.lastName}, ${a.line1}, ${a.city}`}
            onPress={() => c.shipToSaved(a)}
          />
        ))}
      </Row>
    </View>
  );
}

function ShippingStep({ c }: { c: Checkout }) {
  const options = c.shipping.data?.data ?? [];
  if (c.shipping.isLoading || c.shipping.error)
    return <StateView loading={c.shipping.isLoading} error={c.shipping.error} onRetry={c.shipping.refetch} />;
  return (
    <View style={styles.block} accessibilityRole="radiogroup" accessibilityLabel="Shipping method">
      <Heading level={2}>Shipping</Heading>
      {options.length === 0 ? (
        <Notice tone="error">No shipping method delivers to this address. Check the country.</Notice>
      ) : null}
      {options.map((o) => (
        <Choice
          key={o.id}
          label={`${o.name} · ${money(o.price, c.currency)}`}
          note={o.estimatedDeliveryDays ? `About ${o.estimatedDeliveryDays} days` : undefined}
          selected={c.cart?.shippingMethodId === o.id}
          onPress={() => c.chooseShipping(o.id)}
        />
      ))}
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
  const storeName = api.useSettingsQuery().data?.name ?? '';
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
      {c.split.cardAmount && c.walletMethod ? (
        <WalletPay
          method={c.walletMethod}
          amount={c.split.cardAmount}
          currency={c.currency}
          storeName={storeName}
          busy={c.busy}
          onPaymentMethod={async (token) => {
            const order = await c.pay({ paymentMethodId: c.walletMethod?.id ?? '', token });
            if (order) onPlaced(order.id);
          }}
          onError={c.setProblem}
        />
      ) : null}
      {c.split.cardAmount ? <CardChoice c={c} /> : null}
      {c.split.cardAmount && c.cardChoice === 'new' ? (
        <View style={styles.block}>
          <CardFields value={c.card} onChange={c.setCard} errors={c.cardErrors} />
          {c.setSaveCard ? (
            <Choice
              label="Save this card for next time"
              selected={c.saveCard}
              onPress={() => c.setSaveCard?.(!c.saveCard)}
              role="checkbox"
            />
          ) : null}
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
      {c.failure ? <Notice tone="error">{c.failure}</Notice> : null}
      {c.step === 'address' ? (
        <View style={styles.block}>
          <Heading level={2}>Delivery address</Heading>
          <SavedAddresses c={c} />
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
