import { useTokens } from '@ventory/ui';
import { Tabs } from 'expo-router';
import { type ColorValue, Text } from 'react-native';
import { useCart } from '../../src/hooks/use-cart.ts';
import { api } from '../../src/state/api.ts';

const glyph = (g: string) =>
  function Icon({ color }: { color: ColorValue }) {
    return (
      <Text style={{ color, fontSize: 20 }} aria-hidden>
        {g}
      </Text>
    );
  };

export default function TabsLayout() {
  const t = useTokens();
  const store = api.useSettingsQuery().data;
  const { count } = useCart();
  return (
    <Tabs
      screenOptions={{
        tabBarActiveTintColor: t.colors.brandInk,
        tabBarInactiveTintColor: t.colors.muted,
        headerTitleStyle: {
          color: t.layouts.header === 'bold' ? t.colors.onBrand : t.colors.text,
          fontWeight: '700',
        },
        headerTitleAlign: t.layouts.header === 'centered' ? 'center' : 'left',
        headerStyle: t.layouts.header === 'bold' ? { backgroundColor: t.colors.brand } : undefined,
        headerTintColor: t.layouts.header === 'bold' ? t.colors.onBrand : t.colors.text,
      }}
    >
      <Tabs.Screen
        name="index"
        options={{ title: store?.name ?? 'Shop', tabBarLabel: 'Home', tabBarIcon: glyph('⌂') }}
      />
      <Tabs.Screen name="search" options={{ title: 'Search', tabBarIcon: glyph('⌕') }} />
      <Tabs.Screen
        name="cart"
        options={{
          title: 'Cart',
          tabBarIcon: glyph('◫'),
          tabBarBadge: count > 0 ? count : undefined,
          tabBarAccessibilityLabel: `Cart, ${count} item${count === 1 ? '' : 's'}`,
        }}
      />
      <Tabs.Screen name="account" options={{ title: 'Account', tabBarIcon: glyph('☺') }} />
    </Tabs>
  );
}
