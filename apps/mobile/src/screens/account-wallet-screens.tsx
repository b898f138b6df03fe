import {
  type CardFields as CardFieldValues,
  cardExpiry,
  cardName,
  money,
  preferredMethod,
  shopperMessage,
  testCardToken,
} from '@ventory/shop-core';
import { Button, Notice, TextField, useTokens } from '@ventory/ui';
import { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { type CardFieldErrors, CardFields } from '../components/card-fields.tsx';
import { Heading, Muted, Screen, StateView } from '../components/layout.tsx';
import { accountApi } from '../state/account-api.ts';
import { api } from '../state/api.ts';
import { useAppSelector } from '../state/hooks.ts';
import { SignInFirst } from './account-addresses-screen.tsx';

const useSignedIn = () => useAppSelector((s) => Boolean(s.session.token));

/** Saved cards: what the shopper kept at checkout, each removable (its subscriptions are told). */
export function SavedCardsScreen() {
  const t = useTokens();
  const signedIn = useSignedIn();
  const cards = accountApi.useSavedCardsQuery(undefined, { skip: !signedIn });
  const [remove, removing] = accountApi.useDeleteCardMutation();
  return (
    <Screen testID="saved-cards">
      <Heading>Saved cards</Heading>
      {!signedIn ? <SignInFirst what="your saved cards" /> : null}
      {signedIn && !cards.data ? (
        <StateView loading={cards.isLoading} error={cards.error} onRetry={cards.refetch} />
      ) : null}
      {cards.data?.length === 0 ? (
        <StateView empty="No saved cards. Add one below, or save one when you pay at checkout." />
      ) : null}
      {removing.error ? <Notice tone="error">{shopperMessage(removing.error)}</Notice> : null}
      {cards.data?.map((c) => {
        const label = cardName(c);
        return (
          <View key={c.id} style={[styles.card, { borderColor: t.colors.border, borderRadius: t.radius.md }]}>
            <Text style={{ color: t.colors.text, fontWeight: '700' }}>{label}</Text>
            {cardExpiry(c) ? <Muted>{cardExpiry(c)}</Muted> : null}
            <Button variant="link" label={`Remove ${label}`} onPress={() => remove(c.id)} />
          </View>
        );
      })}
      {signedIn ? <AddCard /> : null}
    </Screen>
  );
}

/** Adds a card to the account: the gateway tokenises it, the API keeps only the token's summary. */
function AddCard() {
  const methods = api.usePaymentMethodsQuery();
  const [save, saving] = accountApi.useSaveCardMutation();
  const [open, setOpen] = useState(false);
  const [card, setCard] = useState<CardFieldValues>({ number: '', expiry: '', cvc: '' });
  const [errors, setErrors] = useState<CardFieldErrors>({});
  const [problem, setProblem] = useState('');
  const method = preferredMethod((methods.data ?? []).filter((m) => m.provider !== 'manual'));
  if (!method) return null;
  if (!open) return <Button label="Add a card" variant="secondary" onPress={() => setOpen(true)} />;
  const submit = async () => {
    const checked = testCardToken(card);
    if ('errors' in checked) return setErrors(checked.errors);
    setErrors({});
    const res = await save({ paymentMethodId: method.id, token: checked.token });
    if ('error' in res) return setProblem(shopperMessage(res.error));
    setProblem('');
    setCard({ number: '', expiry: '', cvc: '' });
    setOpen(false);
  };
  return (
    <View style={styles.block} accessibilityLabel="Add a card">
      <Heading level={2}>Add a card</Heading>
      <CardFields value={card} onChange={setCard} errors={errors} />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button label="Save card" onPress={submit} busy={saving.isLoading} />
      <Button label="Cancel" variant="link" onPress={() => setOpen(false)} />
    </View>
  );
}

/** Loyalty points: balance and its value, redeeming points for a gift card code, the ledger. */
export function LoyaltyScreen() {
  const t = useTokens();
  const signedIn = useSignedIn();
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  const loyalty = accountApi.useLoyaltyQuery(undefined, { skip: !signedIn });
  const [redeem, redeeming] = accountApi.useRedeemPointsMutation();
  const [points, setPoints] = useState('');
  // One key per attempt: a retried tap redeems once, not twice.
  const [key, setKey] = useState(() => `redeem-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [problem, setProblem] = useState('');
  const [code, setCode] = useState('');
  const submit = async () => {
    const n = Number(points);
    if (!Number.isInteger(n) || n <= 0) return setProblem('Enter a whole number of points.');
    setProblem('');
    const res = await redeem({ points: n, idempotencyKey: key });
    if ('error' in res) return setProblem(shopperMessage(res.error));
    setCode(res.data.giftCard.code);
    setPoints('');
    setKey(`redeem-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  };
  if (!signedIn)
    return (
      <Screen testID="loyalty">
        <Heading>Loyalty points</Heading>
        <SignInFirst what="your points" />
      </Screen>
    );
  const data = loyalty.data;
  return (
    <Screen testID="loyalty">
      <Heading>Loyalty points</Heading>
      {!data ? (
        <StateView loading={loyalty.isLoading} error={loyalty.error} onRetry={loyalty.refetch} />
      ) : (
        <View style={styles.block}>
          <Text style={{ color: t.colors.text, fontSize: t.font.title, fontWeight: '700' }}>
            {data.balance} points · worth {money(data.value, currency)}
          </Text>
          <TextField label="Points to redeem" value={points} onChangeText={setPoints} keyboard="numeric" />
          {problem ? <Notice tone="error">{problem}</Notice> : null}
          {code ? <Notice tone="success">Your gift card code: {code}. Enter it at checkout.</Notice> : null}
          <Button label="Redeem for a gift card" onPress={submit} busy={redeeming.isLoading} />
          <Heading level={2}>History</Heading>
          {data.ledger.data.length === 0 ? (
            <Muted>No points yet: you earn them with every order.</Muted>
          ) : null}
          {data.ledger.data.map((e) => (
            <Muted key={e.id}>
              {new Date(e.createdAt).toLocaleDateString()} · {e.points > 0 ? `+${e.points}` : e.points} ·{' '}
              {e.reason ?? e.type.toLowerCase()}
            </Muted>
          ))}
        </View>
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 12 },
  card: { borderWidth: 1, padding: 12, gap: 4 },
});
