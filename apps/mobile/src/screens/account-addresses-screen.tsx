import { AddressForm, Button, Notice, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { StyleSheet, Text, View } from 'react-native';
import { Heading, Muted, Row, Screen, StateView } from '../components/layout.tsx';
import { useAddresses } from '../hooks/use-addresses.ts';
import type { SavedAddress } from '../state/account-api.ts';

type Book = ReturnType<typeof useAddresses>;

export function SignInFirst({ what }: { what: string }) {
  const router = useRouter();
  return (
    <View style={styles.block}>
      <Muted>Sign in to see {what}.</Muted>
      <Button label="Sign in" onPress={() => router.push('/account')} />
    </View>
  );
}

function AddressCard({ address, book }: { address: SavedAddress; book: Book }) {
  const t = useTokens();
  const name = `${address.firstName} ${address.lastName}`;
  return (
    <View
      accessibilityLabel={`Address of ${name}, ${address.line1}, ${address.city}${address.isDefault ? ', default' : ''}`}
      style={[styles.card, { borderColor: t.colors.border, borderRadius: t.radius.md }]}
    >
      <Text style={{ color: t.colors.text, fontWeight: '700' }}>
        {name}
        {address.isDefault ? ' · Default' : ''}
      </Text>
      <Muted>
        {[
          address.line1,
          address.line2,
          `${address.postalCode} ${address.city}`,
          address.region,
          address.country,
        ]
          .filter(Boolean)
          .join(', ')}
      </Muted>
      <Row wrap>
        <Button variant="secondary" label={`Edit ${address.line1}`} onPress={() => book.open(address)} />
        {address.isDefault ? null : (
          <Button
            variant="link"
            label={`Make ${address.line1} the default`}
            onPress={() => book.makeDefault(address.id)}
          />
        )}
        <Button variant="link" label={`Delete ${address.line1}`} onPress={() => book.remove(address.id)} />
      </Row>
    </View>
  );
}

/** The shopper's address book: saved addresses, add, edit (the shared AddressForm), default, delete. */
export function AddressesScreen() {
  const book = useAddresses();
  const { list } = book;
  return (
    <Screen testID="addresses">
      <Heading>Addresses</Heading>
      {!book.signedIn ? (
        <SignInFirst what="your addresses" />
      ) : book.editing ? (
        <View style={styles.block}>
          <Heading level={2}>{book.editing === 'new' ? 'New address' : 'Edit address'}</Heading>
          <AddressForm value={book.draft} onChange={book.setDraft} errors={book.errors} />
          {book.problem ? <Notice tone="error">{book.problem}</Notice> : null}
          <Button label="Save address" onPress={book.save} busy={book.busy} />
          <Button label="Cancel" variant="secondary" onPress={book.close} />
        </View>
      ) : (
        <View style={styles.block}>
          {book.problem ? <Notice tone="error">{book.problem}</Notice> : null}
          {list.data?.length === 0 ? <StateView empty="No saved addresses yet." /> : null}
          {list.data ? (
            list.data.map((a) => <AddressCard key={a.id} address={a} book={book} />)
          ) : (
            <StateView loading={list.isLoading} error={list.error} onRetry={list.refetch} />
          )}
          <Button label="Add an address" onPress={() => book.open()} />
        </View>
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 12 },
  card: { borderWidth: 1, padding: 12, gap: 6 },
});
