import { type Amount, priceDisplay, ratingValue, stockState } from '@ventory/shop-core';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { useTokens } from './theme.tsx';

type PriceProps = {
  price: Amount;
  compareAt?: Amount;
  currency: string;
  size?: 'small' | 'large';
  testID?: string;
};

/** The price, and on sale the struck compare-at price and the saving; read out as one sentence. */
export function Price({ price, compareAt, currency, size = 'small', testID }: PriceProps) {
  const t = useTokens();
  const p = priceDisplay(price, compareAt, currency);
  const fontSize = size === 'large' ? t.font.title : t.font.body;
  return (
    <View accessible accessibilityLabel={p.spoken} style={styles.row} testID={testID}>
      <Text style={{ fontSize, fontWeight: '700', color: p.onSale ? t.colors.danger : t.colors.text }}>
        {p.price}
      </Text>
      {p.compareAt ? (
        <>
          <Text style={[styles.was, { color: t.colors.muted, fontSize: t.font.small }]}>{p.compareAt}</Text>
          <Text style={[styles.saving, { color: t.colors.danger, fontSize: t.font.small }]}>
            −{p.savingPercent}%
          </Text>
        </>
      ) : null}
    </View>
  );
}

/** In stock / only N left / out of stock, in words (colour is never the only signal). */
export function StockBadge({ available, testID }: { available: number; testID?: string }) {
  const t = useTokens();
  const s = stockState(available);
  const color = s.tone === 'out' ? t.colors.danger : s.tone === 'low' ? t.colors.warning : t.colors.success;
  return (
    <View style={[styles.badge, { borderColor: color, borderRadius: t.radius.pill }]} testID={testID}>
      <Text style={{ color, fontSize: t.font.small, fontWeight: '600' }}>{s.label}</Text>
    </View>
  );
}

/** Five stars, rounded to the nearest half; the spoken name says the exact rating and count. */
export function RatingStars({
  rating,
  count,
}: {
  rating: number | string | null | undefined;
  count?: number;
}) {
  const t = useTokens();
  const value = ratingValue(rating);
  if (!value) return null;
  const full = Math.round(value);
  const label = `Rated ${value.toFixed(1)} out of 5${count ? `, ${count} review${count === 1 ? '' : 's'}` : ''}`;
  return (
    <View accessible accessibilityRole="image" accessibilityLabel={label} style={styles.row}>
      <Text style={{ color: t.colors.warning, fontSize: t.font.small }}>
        {'★'.repeat(full)}
        {'☆'.repeat(5 - full)}
      </Text>
      {count ? <Text style={{ color: t.colors.muted, fontSize: t.font.small }}>({count})</Text> : null}
    </View>
  );
}

type StepperProps = {
  value: number;
  onChange: (n: number) => void;
  min?: number;
  max?: number;
  /** What is being counted, for the buttons' names ("Increase quantity of Mug"). */
  label?: string;
  disabled?: boolean;
};

/** − value +, bounded by min and max (stock); each button names what it changes. */
export function QuantityStepper({
  value,
  onChange,
  min = 1,
  max = 99,
  label = 'quantity',
  disabled,
}: StepperProps) {
  const t = useTokens();
  const step = (d: number) => {
    const next = Math.min(max, Math.max(min, value + d));
    if (next !== value) onChange(next);
  };
  const btn = (sign: '−' | '+', d: number, name: string, off: boolean) => (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={name}
      accessibilityState={{ disabled: off }}
      disabled={off}
      onPress={() => step(d)}
      style={[
        styles.step,
        { borderColor: t.colors.border, borderRadius: t.radius.sm, opacity: off ? 0.4 : 1 },
      ]}
    >
      <Text style={{ fontSize: t.font.title, color: t.colors.text }}>{sign}</Text>
    </Pressable>
  );
  return (
    // A group of two buttons and the value, not an "adjustable" (a slider on the web): a slider's
    // children are presentational, so its own buttons would be hidden from assistive technology.
    <View style={styles.row} role="group" aria-label={label[0]?.toUpperCase() + label.slice(1)}>
      {btn('−', -1, `Decrease ${label}`, Boolean(disabled) || value <= min)}
      <Text
        style={[styles.qty, { color: t.colors.text, fontSize: t.font.body }]}
        accessibilityLabel={`${label}: ${value}`}
      >
        {value}
      </Text>
      {btn('+', 1, `Increase ${label}`, Boolean(disabled) || value >= max)}
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: 'row', alignItems: 'center', gap: 6, flexWrap: 'wrap' },
  was: { textDecorationLine: 'line-through' },
  saving: { fontWeight: '600' },
  badge: { borderWidth: 1, paddingHorizontal: 8, paddingVertical: 2, alignSelf: 'flex-start' },
  step: { width: 44, height: 44, borderWidth: 1, alignItems: 'center', justifyContent: 'center' },
  qty: { minWidth: 32, textAlign: 'center', fontWeight: '600' },
});
