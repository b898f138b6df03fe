import {
  money,
  SUBSCRIPTION_ACTION_LABEL,
  SUBSCRIPTION_ACTIONS,
  SUBSCRIPTION_STATUS,
  type SubscriptionAction,
  shopperMessage,
} from '@ventory/shop-core';
import { Button, Notice, useTokens } from '@ventory/ui';
import { type ReactNode, useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { Heading, Muted, Row, Screen, StateView } from '../components/layout.tsx';
import { accountApi, type ShopperSubscription } from '../state/account-api.ts';
import { api } from '../state/api.ts';
import { useAppSelector } from '../state/hooks.ts';
import { SignInFirst } from './account-addresses-screen.tsx';

function Card({ label, children }: { label: string; children: ReactNode }) {
  const t = useTokens();
  return (
    <View
      accessibilityLabel={label}
      style={[styles.card, { borderColor: t.colors.border, borderRadius: t.radius.md }]}
    >
      {children}
    </View>
  );
}

/** The shopper's returns and exchanges: number, state and lines (requested on the order's page on the web). */
export function ReturnsScreen() {
  const t = useTokens();
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const returns = accountApi.useMyReturnsQuery(undefined, { skip: !signedIn });
  return (
    <Screen testID="returns">
      <Heading>Returns</Heading>
      {!signedIn ? <SignInFirst what="your returns" /> : null}
      {signedIn && !returns.data ? (
        <StateView loading={returns.isLoading} error={returns.error} onRetry={returns.refetch} />
      ) : null}
      {returns.data?.length === 0 ? (
        <StateView empty="No returns. Nothing you bought has gone back." />
      ) : null}
      {returns.data?.map((r) => (
        <Card key={r.id} label={`Return ${r.number}, ${r.status.toLowerCase().replaceAll('_', ' ')}`}>
          <Text style={{ color: t.colors.text, fontWeight: '700' }}>
            {r.kind === 'EXCHANGE' ? 'Exchange' : 'Return'} {r.number}
          </Text>
          <Muted>{r.status.toLowerCase().replaceAll('_', ' ')}</Muted>
          {r.items.map((i) => (
            <Muted key={i.id}>
              {i.quantity} × {i.title}
            </Muted>
          ))}
        </Card>
      ))}
    </Screen>
  );
}

function SubscriptionCard({ sub, name, detail }: { sub: ShopperSubscription; name: string; detail: string }) {
  const t = useTokens();
  const [change, changing] = accountApi.useChangeSubscriptionMutation();
  // Cancelling is final: the first tap asks, the second does it.
  const [confirming, setConfirming] = useState(false);
  const act = (verb: SubscriptionAction) => {
    if (verb === 'cancel' && !confirming) return setConfirming(true);
    setConfirming(false);
    change({ id: sub.id, verb });
  };
  return (
    <Card label={`${name}, ${SUBSCRIPTION_STATUS[sub.status]}`}>
      <Text style={{ color: t.colors.text, fontWeight: '700' }}>{name}</Text>
      <Muted>{detail}</Muted>
      <Muted>
        {SUBSCRIPTION_STATUS[sub.status]}
        {sub.status === 'ACTIVE'
          ? ` · next delivery ${new Date(sub.nextRenewalAt).toLocaleDateString()}`
          : ''}
      </Muted>
      {changing.error ? <Notice tone="error">{shopperMessage(changing.error)}</Notice> : null}
      <Row wrap>
        {SUBSCRIPTION_ACTIONS[sub.status].map((verb) => (
          <Button
            key={verb}
            variant={verb === 'cancel' ? 'link' : 'secondary'}
            label={`${verb === 'cancel' && confirming ? 'Yes, cancel' : SUBSCRIPTION_ACTION_LABEL[verb]} ${name}`}
            onPress={() => act(verb)}
            busy={changing.isLoading}
          />
        ))}
      </Row>
    </Card>
  );
}

/** Subscribe-and-save deliveries: what, how often, the next date; pause, resume, cancel. */
export function SubscriptionsScreen() {
  const signedIn = useAppSelector((s) => Boolean(s.session.token));
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  const subs = accountApi.useSubscriptionsQuery(undefined, { skip: !signedIn });
  const plans = accountApi.useSubscriptionPlansQuery(undefined, { skip: !signedIn });
  const planOf = new Map((plans.data ?? []).map((p) => [p.id, p]));
  return (
    <Screen testID="subscriptions">
      <Heading>Subscriptions</Heading>
      {!signedIn ? <SignInFirst what="your subscriptions" /> : null}
      {signedIn && !subs.data ? (
        <StateView loading={subs.isLoading} error={subs.error} onRetry={subs.refetch} />
      ) : null}
      {subs.data?.length === 0 ? (
        <StateView empty="Products you subscribe to (Subscribe and save) appear here." />
      ) : null}
      {subs.data?.map((sub) => {
        const plan = planOf.get(sub.planId);
        const name = `${sub.quantity} × ${plan?.name ?? 'subscription'}`;
        const detail = plan ? `${money(plan.price, currency)} each` : '';
        return <SubscriptionCard key={sub.id} sub={sub} name={name} detail={detail} />;
      })}
    </Screen>
  );
}

const styles = StyleSheet.create({
  card: { borderWidth: 1, padding: 12, gap: 4 },
});
