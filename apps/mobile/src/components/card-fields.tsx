import type { CardFields as Fields } from '@ventory/shop-core';
import { TextField } from '@ventory/ui';
import { View } from 'react-native';
import { Muted } from './layout.tsx';

export type CardFieldErrors = Partial<Record<keyof Fields, string>>;

/** The test gateway's card fields (checkout and the account's "Add a card"), each error under its field. */
export function CardFields({
  value,
  onChange,
  errors,
}: {
  value: Fields;
  onChange: (next: Fields) => void;
  errors: CardFieldErrors;
}) {
  return (
    <View style={{ gap: 12 }}>
      <TextField
        label="Card number"
        value={value.number}
        onChangeText={(number) => onChange({ ...value, number })}
        error={errors.number}
        keyboard="numeric"
        autoComplete="cc-number"
        placeholder="4242 4242 4242 4242"
      />
      <TextField
        label="Expiry (MM/YY)"
        value={value.expiry}
        onChangeText={(expiry) => onChange({ ...value, expiry })}
        error={errors.expiry}
        autoComplete="cc-exp"
        placeholder="12/34"
      />
      <TextField
        label="Security code"
        value={value.cvc}
        onChangeText={(cvc) => onChange({ ...value, cvc })}
        error={errors.cvc}
        keyboard="numeric"
        autoComplete="cc-csc"
        placeholder="123"
      />
      <Muted>
        Test mode: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined. No money moves.
      </Muted>
    </View>
  );
}
