import { useTokens } from '@ventory/ui';
import { Stack } from 'expo-router';
import { AppProviders } from '../src/app-shell.tsx';
// No extension: Metro picks order-updates.native.tsx on phones.
import { OrderUpdates } from '../src/components/order-updates';

function Routes() {
  const t = useTokens();
  return (
    <Stack
      screenOptions={{
        headerTintColor: t.colors.brandInk,
        headerTitleStyle: { color: t.colors.text },
        contentStyle: { backgroundColor: t.colors.background },
        headerBackTitle: 'Back',
      }}
    >
      <Stack.Screen name="(tabs)" options={{ headerShown: false }} />
      <Stack.Screen name="product/[slug]" options={{ title: 'Product' }} />
      <Stack.Screen name="category/[slug]" options={{ title: 'Category' }} />
      <Stack.Screen name="checkout" options={{ title: 'Checkout' }} />
      <Stack.Screen name="order/[id]" options={{ title: 'Your order' }} />
      <Stack.Screen name="track" options={{ title: 'Track an order' }} />
      <Stack.Screen name="account/addresses" options={{ title: 'Addresses' }} />
      <Stack.Screen name="account/cards" options={{ title: 'Saved cards' }} />
      <Stack.Screen name="account/loyalty" options={{ title: 'Loyalty points' }} />
      <Stack.Screen name="account/returns" options={{ title: 'Returns' }} />
      <Stack.Screen name="account/request-return" options={{ title: 'Request a return' }} />
      <Stack.Screen name="account/subscriptions" options={{ title: 'Subscriptions' }} />
      <Stack.Screen name="account/forgot-password" options={{ title: 'Forgot password' }} />
      <Stack.Screen name="account/reset-password" options={{ title: 'New password' }} />
      <Stack.Screen name="pages/[slug]" options={{ title: 'Store page' }} />
    </Stack>
  );
}

export default function RootLayout() {
  return (
    <AppProviders>
      <OrderUpdates />
      <Routes />
    </AppProviders>
  );
}
