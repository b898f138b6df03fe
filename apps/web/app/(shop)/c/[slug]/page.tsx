import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ListingView, productQuery, readFilters } from '@/components/ListingView';
import { ShopUi } from '@/components/ShopUi';
import { getCategory, listCategories, listProducts } from '@/lib/api/catalog';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';
import { themeOf } from '@/lib/theme';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const store = await requireStore();
  const category = await getCategory(store, slug);
  if (!category) return { title: 'Not found' };
  const title = category.metaTitle ?? category.name;
  const description =
    category.metaDescription ??
    category.description ??
    `${category.name} at ${store.name}. ${store.description ?? ''}`.trim();
  return {
    title,
    description,
    alternates: { canonical: `/c/${slug}` },
    openGraph: { title, description, url: `/c/${slug}` },
    // Filtered and sorted variants of the page are not worth indexing; their links are.
    robots: Object.keys(sp).length > 0 ? { index: false, follow: true } : undefined,
  };
}

/** A category: its listings with filters (price, options, stock, rating), sort and pagination, in the theme's category layout. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, sp, store] = await Promise.all([params, searchParams, requireStore()]);
  const category = await getCategory(store, slug);
  if (!category) notFound();
  const filters = readFilters(sp);
  const [result, categories, origin, n] = await Promise.all([
    listProducts(store, { ...productQuery(filters), category: slug }),
    listCategories(store),
    currentOrigin(),
    nonce(),
  ]);
  return (
    <>
      <Breadcrumbs
        origin={origin}
        nonce={n}
        trail={[
          { name: 'Home', href: '/' },
          { name: category.name, href: `/c/${slug}` },
        ]}
      />
      <h1>{category.name}</h1>
      {category.description ? <p className="lede">{category.description}</p> : null}
      <ShopUi>
        <ListingView
          base={`/c/${slug}`}
          filters={filters}
          result={result}
          currency={store.currency}
          layout={themeOf(store).category}
          categories={categories}
          activeCategory={slug}
        />
      </ShopUi>
    </>
  );
}
