import type { ReactNode } from 'react';
import { ActivityIndicator, Pressable, StyleSheet, Text, TextInput, View } from 'react-native';
import { useTokens } from './theme.tsx';

type ButtonProps = {
  label: string;
  onPress: () => void;
  variant?: 'primary' | 'secondary' | 'link';
  disabled?: boolean;
  busy?: boolean;
  /** A longer name for screen readers when the label alone is ambiguous ("Remove Mug"). */
  accessibilityLabel?: string;
  testID?: string;
};

/** A button in the store's colours; `busy` keeps its size and says so to screen readers. */
export function Button({
  label,
  onPress,
  variant = 'primary',
  disabled,
  busy,
  accessibilityLabel,
  testID,
}: ButtonProps) {
  const t = useTokens();
  const primary = variant === 'primary';
  const inactive = Boolean(disabled || busy);
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={accessibilityLabel ?? label}
      accessibilityState={{ disabled: inactive, busy: Boolean(busy) }}
      disabled={inactive}
      onPress={onPress}
      testID={testID}
      style={({ pressed }) => [
        variant === 'link'
          ? styles.link
          : [
              styles.button,
              {
                borderRadius: t.radius.md,
                backgroundColor: primary ? t.colors.brand : t.colors.background,
                borderColor: primary ? t.colors.brand : t.colors.border,
              },
            ],
        { opacity: inactive ? 0.55 : pressed ? 0.8 : 1 },
      ]}
    >
      {busy ? (
        <ActivityIndicator size="small" color={primary ? t.colors.onBrand : t.colors.brandInk} />
      ) : null}
      <Text
        style={[
          styles.buttonText,
          { fontFamily: t.font.family, fontSize: t.font.body },
          { color: variant === 'link' ? t.colors.brandInk : primary ? t.colors.onBrand : t.colors.text },
          variant === 'link' ? styles.linkText : null,
        ]}
      >
        {label}
      </Text>
    </Pressable>
  );
}

type FieldProps = {
  label: string;
  value: string;
  onChangeText: (v: string) => void;
  error?: string;
  secure?: boolean;
  keyboard?: 'default' | 'email-address' | 'numeric' | 'phone-pad';
  autoComplete?:
    | 'email'
    | 'password'
    | 'name'
    | 'given-name'
    | 'family-name'
    | 'street-address'
    | 'postal-code'
    | 'country'
    | 'tel'
    | 'off'
    | 'cc-number'
    | 'cc-exp'
    | 'cc-csc';
  placeholder?: string;
  testID?: string;
  onSubmitEditing?: () => void;
};

/** A labelled text field; its error is announced and tied to it by name. */
export function TextField({
  label,
  value,
  onChangeText,
  error,
  secure,
  keyboard,
  autoComplete,
  placeholder,
  testID,
  onSubmitEditing,
}: FieldProps) {
  const t = useTokens();
  return (
    <View style={styles.field}>
      <Text style={[styles.label, { color: t.colors.text, fontSize: t.font.small }]}>{label}</Text>
      <TextInput
        accessibilityLabel={label}
        accessibilityHint={error}
        aria-invalid={error ? true : undefined}
        value={value}
        onChangeText={onChangeText}
        secureTextEntry={secure}
        keyboardType={keyboard}
        autoComplete={autoComplete}
        autoCapitalize={keyboard === 'email-address' || secure ? 'none' : 'sentences'}
        placeholder={placeholder}
        placeholderTextColor={t.colors.muted}
        testID={testID}
        onSubmitEditing={onSubmitEditing}
        style={[
          styles.input,
          {
            borderRadius: t.radius.sm,
            borderColor: error ? t.colors.danger : t.colors.border,
            color: t.colors.text,
            fontSize: t.font.body,
          },
        ]}
      />
      {error ? (
        <Text accessibilityRole="alert" style={[styles.error, { color: t.colors.danger }]}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

/** A one-line message in a tinted box: errors are alerts, notes are plain text. */
export function Notice({
  tone = 'info',
  children,
  testID,
}: {
  tone?: 'info' | 'error' | 'success';
  children: ReactNode;
  testID?: string;
}) {
  const t = useTokens();
  const color = tone === 'error' ? t.colors.danger : tone === 'success' ? t.colors.success : t.colors.text;
  return (
    <View
      accessibilityRole={tone === 'error' ? 'alert' : undefined}
      testID={testID}
      style={[
        styles.notice,
        { borderColor: color, borderRadius: t.radius.sm, backgroundColor: t.colors.surface },
      ]}
    >
      <Text style={{ color, fontSize: t.font.small }}>{children}</Text>
    </View>
  );
}

const styles = StyleSheet.create({
  button: {
    minHeight: 48,
    paddingHorizontal: 18,
    borderWidth: 1,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 8,
  },
  buttonText: { fontWeight: '600', textAlign: 'center' },
  link: { minHeight: 44, justifyContent: 'center' },
  linkText: { textDecorationLine: 'underline', fontWeight: '500' },
  field: { gap: 4 },
  label: { fontWeight: '600' },
  input: { minHeight: 48, borderWidth: 1, paddingHorizontal: 12, backgroundColor: '#fff' },
  error: { fontSize: 13 },
  notice: { borderWidth: 1, borderLeftWidth: 4, padding: 12 },
});
