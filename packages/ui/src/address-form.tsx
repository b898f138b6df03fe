import type { Address } from '@ventory/sdk';
import type { AddressErrors } from '@ventory/shop-core';
import { StyleSheet, type TextInputProps, View } from 'react-native';
import { TextField } from './primitives.tsx';

export type AddressDraft = Partial<Record<keyof Address, string>>;

/** The app's form is controlled: the screen owns the draft and its validation. */
type Controlled = { value: AddressDraft; onChange: (next: AddressDraft) => void };

/**
 * Without `onChange` (the web storefront) each field is a named input of the page's own form,
 * filled from `value` (a saved address may carry nulls), so the form posts without script.
 */
type FormFields = { value: { [K in keyof Address]?: string | null }; onChange?: undefined };

type Props = {
  /** From `validateAddress` (@ventory/shop-core): each message sits under its field. */
  errors?: AddressErrors;
  /** Set to show an email field first (guest checkout); its errors come in `errors.email`. */
  email?: { value: string; onChange?: (v: string) => void };
} & (Controlled | FormFields);

type Field = {
  field: keyof Address;
  label: string;
  autoComplete: TextInputProps['autoComplete'];
  required?: boolean;
};

const FIELDS: Field[] = [
  { field: 'firstName', label: 'First name', autoComplete: 'given-name', required: true },
  { field: 'lastName', label: 'Last name', autoComplete: 'family-name', required: true },
  { field: 'line1', label: 'Address', autoComplete: 'address-line1', required: true },
  { field: 'line2', label: 'Apartment, suite (optional)', autoComplete: 'address-line2' },
  { field: 'city', label: 'City', autoComplete: 'postal-address-locality', required: true },
  { field: 'region', label: 'State / region (optional)', autoComplete: 'postal-address-region' },
  { field: 'postalCode', label: 'Postal code', autoComplete: 'postal-code', required: true },
  { field: 'country', label: 'Country code (e.g. US)', autoComplete: 'country', required: true },
  { field: 'phone', label: 'Phone (optional)', autoComplete: 'tel' },
];

/** The input of one field: controlled in the app, a named form input on the web. */
function entry(name: string, value: string, onChange?: (v: string) => void, required?: boolean) {
  return onChange
    ? { value, onChangeText: onChange }
    : { name, defaultValue: value, required, maxLength: name === 'country' ? 2 : 200 };
}

/** A shipping address form, written once for the app and the web storefront. */
export function AddressForm({ errors = {}, email, ...form }: Props) {
  return (
    <View style={styles.form}>
      {email ? (
        <TextField
          label="Email"
          {...entry('email', email.value, email.onChange, true)}
          error={errors.email}
          keyboard="email-address"
          autoComplete="email"
        />
      ) : null}
      {FIELDS.map(({ field, label, autoComplete, required }) => (
        <TextField
          key={field}
          label={label}
          {...entry(
            field,
            form.value[field] ?? '',
            form.onChange && ((v: string) => form.onChange({ ...form.value, [field]: v })),
            required,
          )}
          error={errors[field]}
          autoComplete={autoComplete}
          keyboard={field === 'phone' ? 'phone-pad' : 'default'}
        />
      ))}
    </View>
  );
}

const styles = StyleSheet.create({ form: { gap: 12 } });
