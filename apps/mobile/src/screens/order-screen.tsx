import { cartTotals, money } from '@ventory/shop-core';
import { Button, CartTotals, Notice, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { StyleSheet, Text, View } from 'react-native';
import { Heading, Muted, Screen, StateView } from '../components/layout.tsx';
import { useReturnable } from '../hooks/use-return-request.ts';
import { api } from '../state/api.ts';
import { useAppSelector } from '../state/hooks.ts';

const STEPS = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED'] as const;
const LABEL: Record<string, string> = {
  PENDING: 'Order placed',
  PROCESSING: 'Being prepared',
  SHIPPED: 'On its way',
  DELIVERED: 'Delivered',
  CANCELED: 'Canceled',
  RETURNED: 'Returned',
};

/** Where the order is: a step list for screen readers and eyes alike. */
function Progress({ status }: { status: string }) {
  const t = useTokens();
  const at = STEPS.indexOf(status as (typeof STEPS)[number]);
  if (at < 0) return <Notice>{LABEL[status] ?? status}</Notice>;
  return (
    <View style={styles.steps} accessibilityLabel={`Status: ${LABEL[status]}`} testID="order-status">
      {STEPS.map((s, i) => (
        <View key={s} style={styles.step}>
          <View style={[styles.dot, { backgroundColor: i <= at ? t.colors.brand : t.colors.border }]} />
          <Text
            style={{ color: i <= at ? t.colors.text : t.colors.muted, fontWeight: i === at ? '700' : '400' }}
          >
            {LABEL[s]}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** Confirmation and tracking of one order: status, shipments with their events, lines, totals. */
export function OrderScreen({ id, placed }: { id: string; placed: boolean }) {
  const t = useTokens();
  const router = useRouter();
  // Fresh on every visit: the order moves on (shipped, delivered) while the app is closed.
  const order = api.useOrderQuery(id, { refetchOnMountOrArgChange: true });
  const returnable = useReturnable(id);
  const last = useAppSelector((s) => s.cart.lastOrder);
  const o = order.data;
  const email = o?.customerEmail ?? (last?.id === id ? last.email : '');
  const tracking = api.useTrackingQuery({ orderNumber: o?.orderNumber ?? '', email }, { skip: !o || !email });
  if (!o) return <StateView loading={order.isLoading} error={order.error} onRetry={order.refetch} />;
  const rows = cartTotals(
    {
      subtotal: o.subtotalAmount,
      discountAmount: o.discountAmount,
      shippingAmount: o.shippingAmount,
      taxAmount: o.taxAmount,
      totalAmount: o.totalAmount,
      shippingMethodId: o.shippingMethod,
    },
    o.currency,
  );
  return (
    <Screen testID="order">
      {placed ? (
        <Notice tone="success" testID="confirmation">
          Thank you! Your order is confirmed. We sent a receipt to {email}.
        </Notice>
      ) : null}
      <Heading>Order {o.orderNumber}</Heading>
      <Muted>
        Placed {new Date(o.createdAt).toLocaleDateString()} ·{' '}
        {o.paymentStatus === 'PAID' ? 'Paid' : o.paymentStatus.toLowerCase()}
      </Muted>
      <Progress status={o.status} />
      {(tracking.data?.shipments ?? []).map((s) => (
        <View
          key={s.number}
          style={[styles.box, { borderColor: t.colors.border, borderRadius: t.radius.md }]}
        >
          <Text style={{ fontWeight: '700', color: t.colors.text }}>
            Package {s.number}: {s.status.toLowerCase()}
            {s.carrier ? ` · ${s.carrier}` : ''} {s.trackingNumber ?? ''}
          </Text>
          {s.events.map((e) => (
            <Muted key={`${e.status}${e.occurredAt}`}>
              {new Date(e.occurredAt).toLocaleString()}: {e.description}
            </Muted>
          ))}
        </View>
      ))}
      {(tracking.data?.timeline ?? []).length > 0 ? (
        <View style={styles.box}>
          <Heading level={2}>History</Heading>
          {tracking.data?.timeline.map((e) => (
            <Muted key={`${e.type}${e.occurredAt}`}>
              {new Date(e.occurredAt).toLocaleString()}: {e.message}
            </Muted>
          ))}
        </View>
      ) : null}
      <Heading level={2}>Items</Heading>
      {o.items.map((i) => (
        <View key={i.id} style={styles.line}>
          <Text style={{ flex: 1, color: t.colors.text }}>
            {i.title} × {i.quantity}
          </Text>
          <Text style={{ color: t.colors.text }}>{money(i.lineTotal, o.currency)}</Text>
        </View>
      ))}
      <CartTotals rows={rows} />
      {returnable.lines.length > 0 ? (
        <Button
          label="Request a return"
          variant="secondary"
          onPress={() => router.push(`/account/request-return?order=${o.id}`)}
        />
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  steps: { gap: 8 },
  step: { flexDirection: 'row', alignItems: 'center', gap: 10 },
  dot: { width: 14, height: 14, borderRadius: 7 },
  box: { borderWidth: 0, gap: 4, paddingVertical: 8 },
  line: { flexDirection: 'row', gap: 12 },
});
