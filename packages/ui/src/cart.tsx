import type { CartItem } from '@ventory/sdk';
import { money, type TotalsRow } from '@ventory/shop-core';
import type { ReactNode } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { QuantityStepper } from './commerce.tsx';
import { Button } from './primitives.tsx';
import { useTokens } from './theme.tsx';

type Line = Pick<CartItem, 'id' | 'title' | 'unitPrice' | 'quantity' | 'lineTotal'>;

/** The app's controls: a quantity stepper and buttons that call back. */
type StepperControls = {
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
  onSaveForLater?: () => void;
  /** The most the shopper may have (stock); the + button stops there. */
  max?: number;
};

type LineProps = {
  item: Line;
  currency: string;
  /** The line is waiting for the server (or queued offline): shown, and controls pause. */
  pending?: boolean;
  testID?: string;
} & (
  | StepperControls
  /** The platform's own controls in their place: the storefront's form, which works without script. */
  | { controls: ReactNode }
);

/** One cart line: title, unit price, line total, and its controls (quantity, remove, save for later). */
export function CartLine(props: LineProps) {
  const { item, currency, pending, testID } = props;
  const t = useTokens();
  return (
    <View
      testID={testID}
      accessibilityLabel={`${item.title}, ${item.quantity} × ${money(item.unitPrice, currency)}`}
      style={[styles.line, { borderColor: t.colors.border }]}
    >
      <View style={styles.top}>
        <Text style={[styles.title, { color: t.colors.text, fontSize: t.font.body }]}>{item.title}</Text>
        <Text style={{ color: t.colors.text, fontSize: t.font.body, fontWeight: '700' }}>
          {money(item.lineTotal, currency)}
        </Text>
      </View>
      <Text style={{ color: t.colors.muted, fontSize: t.font.small }}>
        {money(item.unitPrice, currency)} each{pending ? ' · updating…' : ''}
      </Text>
      <View style={styles.actions}>{'controls' in props ? props.controls : <Stepper {...props} />}</View>
    </View>
  );
}

function Stepper({
  item,
  pending,
  onQuantity,
  onRemove,
  onSaveForLater,
  max,
}: StepperControls & { item: Line; pending?: boolean }) {
  return (
    <>
      <QuantityStepper
        value={item.quantity}
        onChange={onQuantity}
        min={1}
        max={max}
        label={`quantity of ${item.title}`}
        disabled={pending}
      />
      <Button
        variant="link"
        label="Remove"
        accessibilityLabel={`Remove ${item.title}`}
        onPress={onRemove}
        disabled={pending}
      />
      {onSaveForLater ? (
        <Button
          variant="link"
          label="Save for later"
          accessibilityLabel={`Save ${item.title} for later`}
          onPress={onSaveForLater}
          disabled={pending}
        />
      ) : null}
    </>
  );
}

/** The totals rows from `cartTotals` (@ventory/shop-core), the grand total emphasised. */
export function CartTotals({ rows, testID }: { rows: TotalsRow[]; testID?: string }) {
  const t = useTokens();
  return (
    <View style={styles.totals} testID={testID}>
      {rows.map((r) => (
        <View key={r.key} style={styles.top} accessible accessibilityLabel={`${r.label}: ${r.value}`}>
          <Text
            style={{
              color: r.grand ? t.colors.text : t.colors.muted,
              fontSize: r.grand ? t.font.title : t.font.body,
              fontWeight: r.grand ? '700' : '400',
            }}
          >
            {r.label}
          </Text>
          <Text
            testID={r.grand ? 'cart-total' : undefined}
            style={{
              color: t.colors.text,
              fontSize: r.grand ? t.font.title : t.font.body,
              fontWeight: r.grand ? '700' : '400',
            }}
          >
            {r.value}
          </Text>
        </View>
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  line: { borderBottomWidth: 1, paddingVertical: 12, gap: 6 },
  top: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', gap: 12 },
  title: { flex: 1, fontWeight: '600' },
  actions: { flexDirection: 'row', alignItems: 'center', gap: 16, flexWrap: 'wrap' },
  totals: { gap: 8, paddingVertical: 12 },
});
