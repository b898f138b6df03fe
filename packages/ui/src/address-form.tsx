import type { Address } from '@ventory/sdk';
import type { AddressErrors } from '@ventory/shop-core';
import { StyleSheet, View } from 'react-native';
import { TextField } from './primitives.tsx';

export type AddressDraft = Partial<Record<keyof Address, string>>;

type Props = {
  value: AddressDraft;
  onChange: (next: AddressDraft) => void;
  /** From `validateAddress` (@ventory/shop-core): each message sits under its field. */
  errors?: AddressErrors;
  /** Set to show an email field first (guest checkout); its errors come in `errors.email`. */
  email?: { value: string; onChange: (v: string) => void };
};

const FIELDS: Array<[keyof Address, string, Parameters<typeof TextField>[0]['autoComplete']]> = [
  ['firstName', 'First name', 'given-name'],
  ['lastName', 'Last name', 'family-name'],
  ['line1', 'Address', 'street-address'],
  ['line2', 'Apartment, suite (optional)', 'off'],
  ['city', 'City', 'off'],
  ['region', 'State / region (optional)', 'off'],
  ['postalCode', 'Postal code', 'postal-code'],
  ['country', 'Country code (e.g. US)', 'country'],
  ['phone', 'Phone (optional)', 'tel'],
];

/** A shipping address form; controlled, so the screen owns the draft and its validation. */
export function AddressForm({ value, onChange, errors = {}, email }: Props) {
  return (
    <View style={styles.form}>
      {email ? (
        <TextField
          label="Email"
          value={email.value}
          onChangeText={email.onChange}
          error={errors.email}
          keyboard="email-address"
          autoComplete="email"
        />
      ) : null}
      {FIELDS.map(([field, label, autoComplete]) => (
        <TextField
          key={field}
          label={label}
          value={value[field] ?? ''}
          onChangeText={(v) => onChange({ ...value, [field]: v })}
          error={errors[field]}
          autoComplete={autoComplete}
          keyboard={field === 'phone' ? 'phone-pad' : 'default'}
        />
      ))}
    </View>
  );
}

const styles = StyleSheet.create({ form: { gap: 12 } });
