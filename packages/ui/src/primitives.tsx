import type { ReactElement, ReactNode } from 'react';
import {
  ActivityIndicator,
  Platform,
  Pressable,
  StyleSheet,
  Text,
  TextInput,
  type TextInputProps,
  unstable_createElement,
  View,
} from 'react-native';
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

declare module 'react-native' {
  /** react-native-web only: a DOM element drawn with React Native's styles (its other props go to the DOM). */
  export function unstable_createElement(type: string, props: object): ReactElement;
}

type FieldProps = {
  label: string;
  error?: string;
  secure?: boolean;
  keyboard?: 'default' | 'email-address' | 'numeric' | 'phone-pad';
  autoComplete?: TextInputProps['autoComplete'];
  placeholder?: string;
  testID?: string;
  onSubmitEditing?: () => void;
} & (
  | { value: string; onChangeText: (v: string) => void }
  /**
   * A field of a web form that posts itself, so it works without script: on the web a named
   * `<input>` filled with `defaultValue` (react-native-web's TextInput drops `name`).
   */
  | { name: string; defaultValue?: string; required?: boolean; maxLength?: number }
);

const KEYBOARD_TYPE = {
  'email-address': 'email',
  'phone-pad': 'tel',
  numeric: 'text',
  default: 'text',
} as const;
/** Android's names for address parts, as the HTML autofill tokens browsers know. */
const HTML_AUTOCOMPLETE: Partial<Record<string, string>> = {
  'postal-address-locality': 'address-level2',
  'postal-address-region': 'address-level1',
};

/** A labelled text field; its error is announced and tied to it by name. */
export function TextField(props: FieldProps) {
  const { label, error, secure, keyboard = 'default', autoComplete, placeholder, testID } = props;
  const t = useTokens();
  const style = [
    styles.input,
    {
      borderRadius: t.radius.sm,
      borderColor: error ? t.colors.danger : t.colors.border,
      color: t.colors.text,
      fontSize: t.font.body,
    },
  ];
  const shared = {
    accessibilityLabel: label,
    'aria-invalid': error ? true : undefined,
    autoComplete,
    placeholder,
    testID,
    style,
  };
  return (
    <View style={styles.field}>
      <Text style={[styles.label, { color: t.colors.text, fontSize: t.font.small }]}>{label}</Text>
      {'name' in props && Platform.OS === 'web' ? (
        unstable_createElement('input', {
          ...shared,
          name: props.name,
          autoComplete: (autoComplete && HTML_AUTOCOMPLETE[autoComplete]) ?? autoComplete,
          defaultValue: props.defaultValue,
          required: props.required,
          maxLength: props.maxLength,
          type: secure ? 'password' : KEYBOARD_TYPE[keyboard],
        })
      ) : (
        <TextInput
          {...shared}
          accessibilityHint={error}
          {...('name' in props
            ? { defaultValue: props.defaultValue, maxLength: props.maxLength }
            : { value: props.value, onChangeText: props.onChangeText })}
          secureTextEntry={secure}
          keyboardType={keyboard}
          autoCapitalize={keyboard === 'email-address' || secure ? 'none' : 'sentences'}
          placeholderTextColor={t.colors.muted}
          onSubmitEditing={props.onSubmitEditing}
        />
      )}
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
