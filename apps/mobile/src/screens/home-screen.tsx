import { type CardListing, Picture, ProductCard, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import { ScrollView, StyleSheet, Text, View } from 'react-native';
import { Chip, Heading, Screen, StateView } from '../components/layout.tsx';
import { config } from '../config.ts';
import { api } from '../state/api.ts';
import { useAppSelector } from '../state/hooks.ts';

function Shelf({
  title,
  items,
  currency,
}: {
  title: string;
  items: Array<CardListing & { id: string }>;
  currency: string;
}) {
  const router = useRouter();
  if (items.length === 0) return null;
  return (
    <View style={styles.section}>
      <Heading level={2}>{title}</Heading>
      <ScrollView
        horizontal
        showsHorizontalScrollIndicator={false}
        contentContainerStyle={styles.shelf}
        accessibilityLabel={title}
      >
        {items.map((l) => (
          <View key={l.id} style={styles.shelfItem}>
            <ProductCard
              listing={l}
              currency={currency}
              imageBase={config.apiUrl}
              onPress={() => router.push(`/product/${l.slug}`)}
            />
          </View>
        ))}
      </ScrollView>
    </View>
  );
}

/** Home: the store's welcome, its categories and shelves, in the order its theme's home layout says. */
export function HomeScreen() {
  const t = useTokens();
  const router = useRouter();
  const settings = api.useSettingsQuery();
  const categories = api.useCategoriesQuery();
  const promoted = api.useListingsQuery({ query: { promoted: true }, page: 0 });
  const newest = api.useListingsQuery({ query: { sort: 'newest' }, page: 0 });
  const recent = useAppSelector((s) => s.recent.items);
  const store = settings.data;
  if (!store)
    return <StateView loading={settings.isLoading} error={settings.error} onRetry={settings.refetch} />;
  const bold = t.layouts.home === 'bold';
  const recentCards = recent.map((r) => ({
    ...r,
    id: r.listingId,
    compareAtPrice: r.compareAtPrice ?? null,
    images: r.image ? [r.image] : [],
    rating: null,
  }));
  const hero = (
    <View
      style={[
        styles.hero,
        { backgroundColor: bold ? t.colors.brand : t.colors.surface, borderRadius: t.radius.lg },
      ]}
      testID="home-hero"
    >
      {store.logo ? (
        <Picture uri={store.logo} alt={`${store.name} logo`} style={styles.logo} fit="contain" />
      ) : null}
      <Text
        accessibilityRole="header"
        style={[
          styles.heroTitle,
          { color: bold ? t.colors.onBrand : t.colors.text, fontFamily: t.font.family },
        ]}
      >
        {store.name}
      </Text>
      {store.description ? (
        <Text style={{ color: bold ? t.colors.onBrand : t.colors.muted, fontSize: t.font.body }}>
          {store.description}
        </Text>
      ) : null}
    </View>
  );
  const cats = (
    <View key="cats" style={styles.section}>
      <Heading level={2}>Shop by category</Heading>
      <View style={styles.wrap}>
        {(categories.data ?? [])
          .filter((c) => !c.parentId)
          .map((c) => (
            <Chip key={c.id} label={c.name} onPress={() => router.push(`/category/${c.slug}`)} />
          ))}
      </View>
    </View>
  );
  const featured = (
    <Shelf key="featured" title="Featured" items={promoted.data?.data ?? []} currency={store.currency} />
  );
  const fresh = (
    <Shelf key="fresh" title="New arrivals" items={newest.data?.data ?? []} currency={store.currency} />
  );
  return (
    <Screen testID="home">
      {hero}
      {t.layouts.home === 'editorial' ? [featured, cats, fresh] : [cats, featured, fresh]}
      <Shelf title="Recently viewed" items={recentCards} currency={store.currency} />
    </Screen>
  );
}

const styles = StyleSheet.create({
  hero: { padding: 20, gap: 8 },
  heroTitle: { fontSize: 28, fontWeight: '800' },
  logo: { width: 64, height: 64, resizeMode: 'contain' },
  section: { gap: 10 },
  shelf: { gap: 12 },
  shelfItem: { width: 168 },
  wrap: { flexDirection: 'row', flexWrap: 'wrap', gap: 8 },
});
