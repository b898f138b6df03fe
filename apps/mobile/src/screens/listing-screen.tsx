import type { ProductQuery } from '@ventory/sdk';
import { TextField } from '@ventory/ui';
import { useEffect, useState } from 'react';
import { ScrollView, StyleSheet, View } from 'react-native';
import { Chip, Heading, Muted, StateView } from '../components/layout.tsx';
import { ListingGrid } from '../components/listing-grid.tsx';
import { useListing } from '../hooks/use-listing.ts';
import { api } from '../state/api.ts';

export const SORTS = [
  ['', 'Featured'],
  ['newest', 'Newest'],
  ['price', 'Price: low to high'],
  ['-price', 'Price: high to low'],
  ['-rating', 'Top rated'],
] as const;

/** Typing settles for this long before a search is sent (search-as-you-type). */
const DEBOUNCE_MS = 250;

function useDebounced(value: string) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [value]);
  return settled;
}

type Props = { title: string; category?: string; search?: boolean; initialQuery?: string };

/** Category and search listing: search box, category, stock and sort filters, endless cards. */
export function ListingScreen({ title, category, search, initialQuery = '' }: Props) {
  const [text, setText] = useState(initialQuery);
  const q = useDebounced(text.trim());
  const [sort, setSort] = useState('');
  const [inStock, setInStock] = useState(false);
  const [cat, setCat] = useState(category ?? '');
  const categories = api.useCategoriesQuery().data ?? [];
  const query: Omit<ProductQuery, 'offset' | 'limit'> = {};
  if (q) query.q = q;
  if (cat) query.category = cat;
  if (sort) query.sort = sort;
  if (inStock) query.available = 'true';
  const waiting = Boolean(search) && !q && !cat;
  const list = useListing(query, false);
  const header = (
    <View style={styles.header}>
      <Heading>{title}</Heading>
      {search ? (
        <TextField
          label="Search products"
          value={text}
          onChangeText={setText}
          placeholder="Try “lantern”"
          testID="search-input"
        />
      ) : null}
      {search ? (
        <ScrollView
          horizontal
          showsHorizontalScrollIndicator={false}
          contentContainerStyle={styles.chips}
          accessibilityLabel="Categories"
        >
          <Chip label="All" selected={!cat} onPress={() => setCat('')} />
          {categories
            .filter((c) => !c.parentId)
            .map((c) => (
              <Chip
                key={c.id}
                label={c.name}
                selected={cat === c.slug}
                onPress={() => setCat(cat === c.slug ? '' : c.slug)}
              />
            ))}
        </ScrollView>
      ) : null}
      <ScrollView
        horizontal
        showsHorizontalScrollIndicator={false}
        contentContainerStyle={styles.chips}
        accessibilityLabel="Sort and filter"
      >
        <Chip label="In stock" selected={inStock} onPress={() => setInStock(!inStock)} />
        {SORTS.map(([value, label]) => (
          <Chip
            key={value || 'featured'}
            label={label}
            selected={sort === value}
            onPress={() => setSort(value)}
          />
        ))}
      </ScrollView>
      {!list.isLoading && !list.error && (!waiting || list.total > 0) ? (
        <Muted>
          {list.total} product{list.total === 1 ? '' : 's'}
          {q ? ` for “${q}”` : ''}
        </Muted>
      ) : null}
    </View>
  );
  return (
    <ListingGrid
      testID="listing"
      items={list.items}
      header={header}
      onEndReached={list.loadMore}
      loadingMore={list.isFetching && list.items.length > 0}
      empty={
        <StateView
          loading={list.isLoading}
          error={list.error}
          onRetry={list.refetch}
          empty={
            q ? `Nothing matched “${q}”. Check the spelling or try a category.` : 'No products here yet.'
          }
        />
      }
    />
  );
}

const styles = StyleSheet.create({
  header: { gap: 12, paddingBottom: 4 },
  chips: { gap: 8, paddingVertical: 2 },
});
