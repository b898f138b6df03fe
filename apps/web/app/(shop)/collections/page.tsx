import './browse.css';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CollectionCards } from '@/components/CollectionCard';
import { listCollections } from '@/lib/api/catalog';
import { currentOrigin, nonce, requireStore } from '@/lib/tenant';

export async function generateMetadata(): Promise<Metadata> {
  const store = await requireStore();
  const description = `Collections at ${store.name}: products picked for you.`;
  return {
    title: 'Collections',
    description,
    alternates: { canonical: '/collections' },
    openGraph: { title: 'Collections', description, url: '/collections' },
  };
}

/** Every visible collection of the store, featured ones first. */
export default async function CollectionsPage() {
  const store = await requireStore();
  const [collections, origin, n] = await Promise.all([listCollections(store), currentOrigin(), nonce()]);
  return (
    <>
      <Breadcrumbs
        origin={origin}
        nonce={n}
        trail={[
          { name: 'Home', href: '/' },
          { name: 'Collections', href: '/collections' },
        ]}
      />
      <h1>Collections</h1>
      {collections.length === 0 ? (
        <p className="empty">No collections yet.</p>
      ) : (
        <CollectionCards items={collections} />
      )}
    </>
  );
}
