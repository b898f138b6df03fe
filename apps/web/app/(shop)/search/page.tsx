import type { Metadata } from 'next';
import { ListingView, productQuery, readFilters } from '@/components/ListingView';
import { NoResults } from '@/components/NoResults';
import { ShopUi } from '@/components/ShopUi';
import { listCategories, listProducts } from '@/lib/api/catalog';
import { requireStore } from '@/lib/tenant';
import { themeOf } from '@/lib/theme';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, store] = await Promise.all([searchParams.then(readFilters), requireStore()]);
  return {
    title: q ? `Search: ${q}` : 'All products',
    description: `All products at ${store.name}. ${store.description ?? ''}`.trim(),
    alternates: { canonical: '/search' },
    robots: q ? { index: false, follow: true } : undefined,
  };
}

/** Search results (the API does the matching, typos included) with the same filters as a category. */
export default async function SearchPage({ searchParams }: Props) {
  const [sp, store] = await Promise.all([searchParams, requireStore()]);
  const filters = readFilters(sp);
  const [result, categories] = await Promise.all([
    listProducts(store, productQuery(filters)),
    listCategories(store),
  ]);
  // Nothing found for the words alone (no other filter to loosen): help the shopper on.
  const f = filters;
  const unfiltered =
    !f.minPrice &&
    !f.maxPrice &&
    f.options.length === 0 &&
    f.attrs.length === 0 &&
    !f.inStock &&
    !f.minRating;
  if (filters.q && result.total === 0 && unfiltered)
    return (
      <>
        <h1>Results for “{filters.q}”</h1>
        <ShopUi>
          <NoResults store={store} q={filters.q} categories={categories} />
        </ShopUi>
      </>
    );
  return (
    <>
      <h1>{filters.q ? `Results for “${filters.q}”` : 'All products'}</h1>
      <ShopUi>
        <ListingView
          base="/search"
          filters={filters}
          result={result}
          currency={store.currency}
          layout={themeOf(store).category}
          categories={categories}
        />
      </ShopUi>
    </>
  );
}
