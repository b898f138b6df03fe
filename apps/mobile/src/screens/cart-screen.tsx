import { money, shopperMessage } from '@ventory/shop-core';
import { Button, CartLine, CartTotals, Notice, TextField, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { Heading, Muted, Row, Screen, StateView } from '../components/layout.tsx';
import { useCart } from '../hooks/use-cart.ts';

/** Cart: lines with quantity, save for later, offline adds still waiting, coupon, totals. */
export function CartScreen() {
  const t = useTokens();
  const router = useRouter();
  const c = useCart();
  const [coupon, setCoupon] = useState('');
  const empty = !c.cart?.items.length && c.queue.length === 0;
  return (
    <Screen testID="cart">
      <Heading>Your cart</Heading>
      {c.notices.map((n) => (
        <Notice key={n} tone="error" testID="cart-notice">
          {n}
        </Notice>
      ))}
      {c.notices.length > 0 ? (
        <Button variant="link" label="Dismiss messages" onPress={c.readNotices} />
      ) : null}
      {c.isLoading || c.error ? (
        <StateView loading={c.isLoading} error={c.error} onRetry={c.refetch} />
      ) : null}
      {empty && !c.isLoading ? (
        <View style={styles.block}>
          <StateView empty="Your cart is empty." />
          <Button label="Start shopping" variant="secondary" onPress={() => router.push('/')} />
        </View>
      ) : null}
      {c.cart?.items.map((item) => (
        <CartLine
          key={item.id}
          item={item}
          currency={c.currency}
          pending={item.id.startsWith('pending-')}
          onQuantity={(q) => c.setQuantity(item.id, q)}
          onRemove={() => c.remove(item.id)}
          onSaveForLater={() => c.saveForLater(item.id)}
          testID="cart-line"
        />
      ))}
      {c.queue.map((q) => (
        <View key={q.key} style={[styles.queued, { borderColor: t.colors.border }]} testID="queued-line">
          <Text style={{ fontWeight: '600', color: t.colors.text }}>
            {q.title} × {q.quantity}
          </Text>
          <Muted>
            Waiting for the network: it will be added when you are back online (
            {money(q.unitPrice, c.currency)} each).
          </Muted>
        </View>
      ))}
      {c.cart && c.cart.items.length > 0 ? (
        <>
          <View style={styles.block}>
            <Row gap={8}>
              <View style={styles.grow}>
                <TextField label="Coupon code" value={coupon} onChangeText={setCoupon} autoComplete="off" />
              </View>
            </Row>
            <Button
              label="Apply coupon"
              variant="secondary"
              busy={c.couponBusy}
              disabled={!coupon.trim()}
              onPress={async () => {
                await c.applyCoupon(coupon);
                setCoupon('');
              }}
            />
            {c.couponError ? <Notice tone="error">{shopperMessage(c.couponError)}</Notice> : null}
            {c.cart.couponCodes.map((code) => (
              <Row key={code}>
                <Text style={{ color: t.colors.success, fontWeight: '600' }}>Coupon {code} applied</Text>
                <Button
                  variant="link"
                  label="Remove"
                  accessibilityLabel={`Remove coupon ${code}`}
                  onPress={() => c.removeCoupon(code)}
                />
              </Row>
            ))}
          </View>
          <CartTotals rows={c.totals} />
          <Button label="Checkout" onPress={() => router.push('/checkout')} testID="checkout" />
        </>
      ) : null}
      {c.cart && c.cart.savedItems.length > 0 ? (
        <View style={styles.block}>
          <Heading level={2}>Saved for later</Heading>
          {c.cart.savedItems.map((item) => (
            <Row key={item.id} gap={12} wrap>
              <Text style={[styles.grow, { color: t.colors.text }]}>{item.title}</Text>
              <Button
                variant="link"
                label="Move to cart"
                accessibilityLabel={`Move ${item.title} to cart`}
                onPress={() => c.moveToCart(item.id)}
              />
            </Row>
          ))}
        </View>
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 10 },
  grow: { flex: 1 },
  queued: { borderBottomWidth: 1, paddingVertical: 12, gap: 4 },
});
