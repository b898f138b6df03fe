'use client';
import { useParams } from 'next/navigation';
import { CatalogNav } from '@/components/catalog-nav';
import { ListingEditor } from '@/components/listing-editor';
import { Page, States } from '@/components/ui';
import { useListing } from '@/lib/catalog';
import { useStores } from '@/lib/stores';

export default function ListingPage() {
  const { id } = useParams<{ id: string }>();
  const { current } = useStores();
  const { listing, save, product } = useListing(current?.id ?? '', id);
  const title = listing.data?.title ?? 'Listing';
  const qs = current ? `?store=${current.id}` : '';
  return (
    <Page title={title} crumbs={[{ label: 'Catalog', href: `/catalog${qs}` }, { label: title }]}>
      <CatalogNav />
      <States query={listing} empty="">
        {(l) => (
          <ListingEditor
            key={l.id}
            listing={l}
            domain={current?.customDomain ?? current?.domain ?? ''}
            inventoryPrice={product.data?.price}
            onSave={(input) => save.mutateAsync(input)}
          />
        )}
      </States>
    </Page>
  );
}
