import type { ShopListing } from '@ventory/sdk';
import { ProductCard, useTokens } from '@ventory/ui';
import { useRouter } from 'expo-router';
import type { ReactElement } from 'react';
import { ActivityIndicator, FlatList, StyleSheet, View } from 'react-native';
import { config } from '../config.ts';
import { api } from '../state/api.ts';

type Props = {
  items: ShopListing[];
  onEndReached?: () => void;
  loadingMore?: boolean;
  header?: ReactElement | null;
  empty?: ReactElement | null;
  testID?: string;
};

/** Product cards in the theme's category layout (grid, list or compact), scrolling on for ever. */
export function ListingGrid({ items, onEndReached, loadingMore, header, empty, testID }: Props) {
  const t = useTokens();
  const router = useRouter();
  const currency = api.useSettingsQuery().data?.currency ?? 'USD';
  const layout = t.layouts.category;
  const columns = layout === 'list' ? 1 : 2;
  return (
    <FlatList
      testID={testID}
      key={`cols-${columns}`}
      data={items}
      numColumns={columns}
      keyExtractor={(l) => l.id}
      style={{ backgroundColor: t.colors.background }}
      contentContainerStyle={styles.content}
      columnWrapperStyle={columns > 1 ? styles.row : undefined}
      ListHeaderComponent={header}
      ListEmptyComponent={empty}
      onEndReached={onEndReached}
      onEndReachedThreshold={0.5}
      ListFooterComponent={
        loadingMore ? <ActivityIndicator accessibilityLabel="Loading more products" /> : null
      }
      renderItem={({ item }) => (
        <View style={columns > 1 ? styles.cell : undefined}>
          <ProductCard
            listing={item}
            currency={item.currency ?? currency}
            variant={layout === 'list' ? 'row' : 'card'}
            imageBase={config.apiUrl}
            onPress={() => router.push(`/product/${item.slug}`)}
            testID="product-card"
          />
        </View>
      )}
    />
  );
}

const styles = StyleSheet.create({
  content: { padding: 16, gap: 12, paddingBottom: 48 },
  row: { gap: 12 },
  cell: { flex: 1, maxWidth: '50%' },
});
