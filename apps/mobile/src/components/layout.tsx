import { shopperMessage } from '@ventory/shop-core';
import { Button, useTokens } from '@ventory/ui';
import type { ReactNode } from 'react';
import { ActivityIndicator, Pressable, ScrollView, StyleSheet, Text, View } from 'react-native';

/** A scrolling screen body with the standard padding. */
export function Screen({ children, testID }: { children: ReactNode; testID?: string }) {
  const t = useTokens();
  return (
    <ScrollView
      testID={testID}
      style={{ backgroundColor: t.colors.background }}
      contentContainerStyle={styles.screen}
      keyboardShouldPersistTaps="handled"
    >
      {children}
    </ScrollView>
  );
}

export function Heading({ children, level = 1 }: { children: ReactNode; level?: 1 | 2 }) {
  const t = useTokens();
  return (
    <Text
      accessibilityRole="header"
      aria-level={level}
      style={{
        color: t.colors.text,
        fontFamily: t.font.family,
        fontSize: level === 1 ? t.font.heading : t.font.title,
        fontWeight: '700',
      }}
    >
      {children}
    </Text>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  const t = useTokens();
  return <Text style={{ color: t.colors.muted, fontSize: t.font.small }}>{children}</Text>;
}

/** Loading, error (with retry) or empty: the three states every screen shows the same way. */
export function StateView({
  loading,
  error,
  empty,
  onRetry,
}: {
  loading?: boolean;
  error?: unknown;
  empty?: string;
  onRetry?: () => void;
}) {
  const t = useTokens();
  if (loading)
    return (
      <View style={styles.state}>
        <ActivityIndicator color={t.colors.brand} accessibilityLabel="Loading" />
      </View>
    );
  if (error)
    return (
      <View style={styles.state} accessibilityRole="alert">
        <Text style={{ color: t.colors.danger, textAlign: 'center' }}>{shopperMessage(error)}</Text>
        {onRetry ? <Button label="Try again" variant="secondary" onPress={onRetry} /> : null}
      </View>
    );
  if (empty)
    return (
      <View style={styles.state}>
        <Text style={{ color: t.colors.muted, textAlign: 'center' }}>{empty}</Text>
      </View>
    );
  return null;
}

/** A small selectable pill (filters, sort, variants); its state is announced as selected. */
export function Chip({
  label,
  selected,
  onPress,
  disabled,
  testID,
}: {
  label: string;
  selected?: boolean;
  onPress: () => void;
  disabled?: boolean;
  testID?: string;
}) {
  const t = useTokens();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityState={{ selected: Boolean(selected), disabled: Boolean(disabled) }}
      accessibilityLabel={label}
      disabled={disabled}
      onPress={onPress}
      testID={testID}
      style={[
        styles.chip,
        {
          borderRadius: t.radius.pill,
          borderColor: selected ? t.colors.brand : t.colors.border,
          backgroundColor: selected ? t.colors.brand : t.colors.background,
          opacity: disabled ? 0.45 : 1,
        },
      ]}
    >
      <Text
        style={{
          color: selected ? t.colors.onBrand : t.colors.text,
          fontSize: t.font.small,
          fontWeight: '600',
        }}
      >
        {label}
      </Text>
    </Pressable>
  );
}

export function Row({ children, gap = 8, wrap }: { children: ReactNode; gap?: number; wrap?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', gap, flexWrap: wrap ? 'wrap' : 'nowrap' }}>
      {children}
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { padding: 16, gap: 16, paddingBottom: 48 },
  state: { padding: 24, alignItems: 'center', gap: 12 },
  chip: { borderWidth: 1, paddingHorizontal: 14, minHeight: 40, justifyContent: 'center' },
});
