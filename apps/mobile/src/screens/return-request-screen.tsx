import { RETURN_REASONS } from '@ventory/shop-core';
import { Button, Notice, QuantityStepper, TextField, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { StyleSheet, Text, View } from 'react-native';
import { Chip, Heading, Muted, Row, Screen, StateView } from '../components/layout.tsx';
import { useReturnRequest } from '../hooks/use-return-request.ts';
import { useAppSelector } from '../state/hooks.ts';
import { SignInFirst } from './account-addresses-screen.tsx';

/** Sending items of one of the shopper's orders back: how many of each, why, and a note. */
export function ReturnRequestScreen({ orderId }: { orderId: string }) {
  const t = useTokens();
  const router = useRouter();
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const r = useReturnRequest(orderId);
  if (!signedIn)
    return (
      <Screen testID="return-request">
        <Heading>Request a return</Heading>
        <SignInFirst what="returns" />
      </Screen>
    );
  const o = r.order.data;
  if (!o || !r.returns.data)
    return (
      <StateView
        loading={r.order.isLoading || r.returns.isLoading}
        error={r.order.error ?? r.returns.error}
        onRetry={() => {
          r.order.refetch();
          if (!r.returns.isUninitialized) r.returns.refetch();
        }}
      />
    );
  return (
    <Screen testID="return-request">
      <Heading>Return items of order {o.orderNumber}</Heading>
      {r.lines.length === 0 ? (
        <StateView empty="Nothing in this order can be returned right now: items can be returned once shipped." />
      ) : (
        <View style={styles.block}>
          <Heading level={2}>How many of each item?</Heading>
          {r.lines.map((l) => (
            <View key={l.id} style={[styles.line, { borderColor: t.colors.border }]}>
              <Text style={{ flex: 1, color: t.colors.text }}>
                {l.title} <Muted>(up to {l.left})</Muted>
              </Text>
              <QuantityStepper
                value={r.quantityOf(l.id)}
                onChange={(n) => r.setQuantity(l.id, n)}
                min={0}
                max={l.left}
                label={`returned ${l.title}`}
              />
            </View>
          ))}
          <Heading level={2}>Reason</Heading>
          <Row wrap>
            {RETURN_REASONS.map((reason) => (
              <Chip
                key={reason}
                label={reason}
                selected={r.reason === reason}
                onPress={() => r.setReason(reason)}
              />
            ))}
          </Row>
          <TextField
            label="Anything else we should know? (optional)"
            value={r.note}
            onChangeText={r.setNote}
          />
          {r.problem ? <Notice tone="error">{r.problem}</Notice> : null}
          <Button
            label="Request return"
            busy={r.busy}
            onPress={async () => {
              if (await r.submit()) router.replace('/account/returns');
            }}
          />
        </View>
      )}
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 12 },
  line: { flexDirection: 'row', alignItems: 'center', gap: 12, paddingVertical: 8, borderBottomWidth: 1 },
});
