import { isEmail, money, shopperMessage } from '@ventory/shop-core';
import { Button, Notice, TextField, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { useState } from 'react';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { Chip, Heading, Muted, Row, Screen, StateView } from '../components/layout.tsx';
import { config } from '../config.ts';
import { signOut } from '../state/account-actions.ts';
import { api } from '../state/api.ts';
import { useAppDispatch, useAppSelector } from '../state/hooks.ts';
import { signedIn, storeChosen } from '../state/slices.ts';
import { StorePagesList } from './store-page-screen.tsx';

function SignIn() {
  const dispatch = useAppDispatch();
  const router = useRouter();
  const [mode, setMode] = useState<'in' | 'up'>('in');
  const [form, setForm] = useState({ email: '', password: '', firstName: '', lastName: '' });
  const [problem, setProblem] = useState('');
  const [login, loginState] = api.useLoginMutation();
  const [register, registerState] = api.useRegisterMutation();
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  const submit = async () => {
    if (!isEmail(form.email)) return setProblem('Enter an email address like name@example.com');
    if (form.password.length < 8) return setProblem('The password needs at least 8 characters.');
    setProblem('');
    const res =
      mode === 'in'
        ? await login({ email: form.email.trim(), password: form.password })
        : await register({ ...form, email: form.email.trim() });
    if ('error' in res) return setProblem(shopperMessage(res.error));
    const c = res.data.customer;
    const name = [c.firstName, c.lastName].filter(Boolean).join(' ') || null;
    dispatch(signedIn({ token: res.data.accessToken, shopper: { email: c.email, name } }));
  };
  return (
    <View style={styles.block}>
      <Row>
        <Chip label="Sign in" selected={mode === 'in'} onPress={() => setMode('in')} />
        <Chip label="Create account" selected={mode === 'up'} onPress={() => setMode('up')} />
      </Row>
      {mode === 'up' ? (
        <>
          <TextField
            label="First name"
            value={form.firstName}
            onChangeText={set('firstName')}
            autoComplete="given-name"
          />
          <TextField
            label="Last name"
            value={form.lastName}
            onChangeText={set('lastName')}
            autoComplete="family-name"
          />
        </>
      ) : null}
      <TextField
        label="Email"
        value={form.email}
        onChangeText={set('email')}
        keyboard="email-address"
        autoComplete="email"
      />
      <TextField
        label="Password"
        value={form.password}
        onChangeText={set('password')}
        secure
        autoComplete="password"
        onSubmitEditing={submit}
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button
        label={mode === 'in' ? 'Sign in' : 'Create account'}
        onPress={submit}
        busy={loginState.isLoading || registerState.isLoading}
      />
      {mode === 'in' ? (
        <Button
          variant="link"
          label="Forgot password?"
          onPress={() => router.push('/account/forgot-password')}
        />
      ) : null}
    </View>
  );
}

function Orders() {
  const t = useTokens();
  const router = useRouter();
  const orders = api.useOrdersQuery();
  if (!orders.data)
    return <StateView loading={orders.isLoading} error={orders.error} onRetry={orders.refetch} />;
  if (orders.data.length === 0) return <StateView empty="No orders yet." />;
  return (
    <View style={styles.block} testID="orders">
      {orders.data.map((o) => (
        <Pressable
          key={o.id}
          accessibilityRole="link"
          accessibilityLabel={`Order ${o.orderNumber}, ${o.status.toLowerCase()}, ${money(o.totalAmount, o.currency)}`}
          onPress={() => router.push(`/order/${o.id}`)}
          style={[styles.order, { borderColor: t.colors.border, borderRadius: t.radius.md }]}
        >
          <Text style={{ fontWeight: '700', color: t.colors.text }}>Order {o.orderNumber}</Text>
          <Muted>
            {new Date(o.createdAt).toLocaleDateString()} · {o.status.toLowerCase()} ·{' '}
            {money(o.totalAmount, o.currency)}
          </Muted>
        </Pressable>
      ))}
    </View>
  );
}

/**
 * Account: sign in or up; signed in, the shopper's orders, links to addresses, saved cards and
 * points; the wish list and the store's pages. Dev builds pick the store.
 */
export function AccountScreen() {
  const dispatch = useAppDispatch();
  const router = useRouter();
  const session = useAppSelector((s) => s.session);
  const wishlist = useAppSelector((s) => s.wishlist.items);
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  return (
    <Screen testID="account">
      <Heading>
        {session.shopper ? `Hello${session.shopper.name ? `, ${session.shopper.name}` : ''}` : 'Your account'}
      </Heading>
      {session.shopper ? (
        <>
          <Muted>{session.shopper.email}</Muted>
          <Heading level={2}>Orders</Heading>
          <Orders />
          <Heading level={2}>Your details</Heading>
          <View>
            <Button variant="link" label="Addresses" onPress={() => router.push('/account/addresses')} />
            <Button variant="link" label="Saved cards" onPress={() => router.push('/account/cards')} />
            <Button variant="link" label="Loyalty points" onPress={() => router.push('/account/loyalty')} />
            <Button variant="link" label="Returns" onPress={() => router.push('/account/returns')} />
            <Button
              variant="link"
              label="Subscriptions"
              onPress={() => router.push('/account/subscriptions')}
            />
          </View>
          <Button label="Sign out" variant="secondary" onPress={() => dispatch(signOut())} />
        </>
      ) : (
        <SignIn />
      )}
      <Heading level={2}>Wish list</Heading>
      {wishlist.length === 0 ? <Muted>Nothing saved yet.</Muted> : null}
      {wishlist.map((w) => (
        <Button
          key={w.listingId}
          variant="link"
          label={`${w.title} · ${money(w.price, currency)}`}
          onPress={() => router.push(`/product/${w.slug}`)}
        />
      ))}
      <Button variant="link" label="Track an order" onPress={() => router.push('/track')} />
      <Heading level={2}>About the store</Heading>
      <StorePagesList />
      {config.storePicker ? (
        <View style={styles.block}>
          <Heading level={2}>Store (development)</Heading>
          <Row wrap>
            {config.demoStores.map((d) => (
              <Chip
                key={d}
                label={d}
                selected={session.storeDomain === d}
                onPress={() => {
                  dispatch(storeChosen(d));
                  dispatch(api.util.resetApiState());
                }}
              />
            ))}
          </Row>
        </View>
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  block: { gap: 12 },
  order: { borderWidth: 1, padding: 12, gap: 4 },
});
