'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useParams, useRouter } from 'next/navigation';
import { CatalogNav } from '@/components/catalog-nav';
import { ListingEditor } from '@/components/listing-editor';
import { ConfirmButton, Page, States } from '@/components/ui';
import { useListing } from '@/lib/catalog';
import { useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

export default function ListingPage() {
  const { id } = useParams<{ id: string }>();
  const { current } = useStores();
  const { listing, save, product } = useListing(current?.id ?? '', id);
  const title = listing.data?.title ?? 'Listing';
  const qs = current ? `?store=${current.id}` : '';
  const { client } = useSession();
  const queries = useQueryClient();
  const router = useRouter();
  // The listing goes; the product and its stock stay in the inventory (and on other stores).
  const remove = listing.data ? (
    <ConfirmButton
      label="Remove from store"
      what={`${title} stops being sold on ${current?.name ?? 'this store'}: shoppers no longer find it, and its collections and menus lose it. The product and its stock stay in the inventory, and on your other stores.`}
      confirmLabel="Remove from store"
      onConfirm={async () => {
        await client.catalog.listings.delete(current?.id ?? '', id);
        await queries.invalidateQueries({ queryKey: ['listings'] });
        router.push(`/catalog${qs}`);
      }}
    />
  ) : null;
  return (
    <Page
      title={title}
      crumbs={[{ label: 'Catalog', href: `/catalog${qs}` }, { label: title }]}
      actions={remove}
    >
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
