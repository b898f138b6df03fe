'use client';
import { useState } from 'react';
import { CatalogNav } from '@/components/catalog-nav';
import { CollectionForm, ruleText } from '@/components/collection-form';
import { type Column, RowActions, SettingsTable } from '@/components/settings-ui';
import { Page, States } from '@/components/ui';
import {
  type CollectionFull,
  type Listing,
  useCollectionCount,
  useCollections,
  useListings,
} from '@/lib/catalog';
import { useStores } from '@/lib/stores';

function MatchCount({
  storeId,
  domain,
  collection,
}: {
  storeId: string;
  domain: string;
  collection: CollectionFull;
}) {
  const count = useCollectionCount(storeId, domain, collection);
  if (!collection.isVisible) return <span className="muted">Hidden: shoppers see none</span>;
  if (count.isPending) return <span className="muted">Counting…</span>;
  if (count.error) return <span className="error">Could not count</span>;
  return (
    <span>
      {count.data} product{count.data === 1 ? '' : 's'}
    </span>
  );
}

/** Collections: hand-picked products, or rules the store's listings are matched against live. */
export default function CollectionsPage() {
  const { current, query: storesQuery } = useStores();
  const storeId = current?.id ?? '';
  const domain = current?.domain ?? '';
  const { list, save, remove } = useCollections(storeId);
  const listings = useListings(storeId, 'limit=100&sort=title');
  const [editing, setEditing] = useState<CollectionFull | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState('');
  const columns: Column<CollectionFull>[] = [
    { label: 'Title', cell: (c) => <strong>{c.title}</strong> },
    { label: 'Kind', cell: (c) => (c.kind === 'RULE' ? 'Rules' : 'Manual') },
    {
      label: 'Picks',
      wide: true,
      cell: (c) =>
        c.kind === 'RULE'
          ? `${c.match === 'ANY' ? 'Any of' : 'All of'}: ${c.rules.map(ruleText).join('; ') || 'no rules'}`
          : `${c.listingIds.length} picked`,
    },
    {
      label: 'Matching products',
      cell: (c) => <MatchCount storeId={storeId} domain={domain} collection={c} />,
    },
  ];
  return (
    <Page
      title="Collections"
      crumbs={[{ label: 'Catalog', href: `/catalog?store=${storeId}` }, { label: 'Collections' }]}
    >
      <CatalogNav />
      <p role="status" className="ok">
        {done}
      </p>
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <>
          <States query={list} empty="No collections yet." isEmpty={(d) => d.total === 0}>
            {(d) => (
              <SettingsTable
                caption="Collections"
                columns={columns}
                rows={d.data}
                actions={(c) => (
                  <RowActions
                    name={c.title}
                    onEdit={() => setEditing(c)}
                    remove={{
                      what: `This deletes the collection ${c.title}. Its products stay listed.`,
                      confirmLabel: 'Delete collection',
                      onConfirm: async () => {
                        await remove.mutateAsync(c.id);
                        setDone(`Deleted ${c.title}.`);
                      },
                    }}
                  />
                )}
              />
            )}
          </States>
          <CollectionForm
            key={editing?.id ?? `new-${formKey}`}
            storeId={storeId}
            collection={editing ?? undefined}
            listings={(listings.data?.data ?? []) as Listing[]}
            onCancel={() => setEditing(null)}
            onSave={async (input) => {
              await save.mutateAsync({ id: editing?.id, input });
              setDone(`${editing ? 'Saved' : 'Created'} ${String(input.title)}.`);
              setEditing(null);
              setFormKey((k) => k + 1);
            }}
          />
        </>
      )}
    </Page>
  );
}
