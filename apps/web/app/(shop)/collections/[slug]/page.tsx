import '../browse.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ListingView, productQuery, readFilters } from '@/components/ListingView';
import { ShopUi } from '@/components/ShopUi';
import { getCollection, listProducts } from '@/lib/api/catalog';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';
import { themeOf } from '@/lib/theme';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, sp, store] = await Promise.all([params, searchParams, requireStore()]);
  const collection = await getCollection(store, slug);
  if (!collection) return { title: 'Not found' };
  const description = collection.description ?? `${collection.title} at ${store.name}.`;
  return {
    title: collection.title,
    description,
    alternates: { canonical: `/collections/${slug}` },
    openGraph: { title: collection.title, description, url: `/collections/${slug}` },
    robots: Object.keys(sp).length > 0 ? { index: false, follow: true } : undefined,
  };
}

/**
 * A collection: hand-picked (manual) or rule-based, the API decides which listings belong; the
 * page shows them with the same filters, sort and pagination as a category.
 */
export default async function CollectionPage({ params, searchParams }: Props) {
  const [{ slug }, sp, store] = await Promise.all([params, searchParams, requireStore()]);
  const collection = await getCollection(store, slug);
  if (!collection) notFound();
  const filters = readFilters(sp);
  const [result, origin, n] = await Promise.all([
    listProducts(store, { ...productQuery(filters), collection: slug }),
    currentOrigin(),
    nonce(),
  ]);
  const base = `/collections/${slug}`;
  return (
    <>
      <Breadcrumbs
        origin={origin}
        nonce={n}
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Collections', href: '/collections' },
          { name: collection.title, href: base },
        ]}
      />
      <h1>{collection.title}</h1>
      {collection.description ? <p className="lede">{collection.description}</p> : null}
      <ShopUi>
        <ListingView
          base={base}
          filters={filters}
          result={result}
          currency={store.currency}
          layout={themeOf(store).category}
          categories={[]}
        />
      </ShopUi>
    </>
  );
}
