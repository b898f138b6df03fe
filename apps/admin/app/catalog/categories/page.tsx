'use client';
import { CatalogNav } from '@/components/catalog-nav';
import { CategoryTree } from '@/components/category-tree';
import { Page, States } from '@/components/ui';
import { useCategories } from '@/lib/catalog';
import { useStores } from '@/lib/stores';

export default function CategoriesPage() {
  const { current, query: storesQuery } = useStores();
  const storeId = current?.id ?? '';
  const { list, save, remove } = useCategories(storeId);
  return (
    <Page
      title="Categories"
      crumbs={[{ label: 'Catalog', href: `/catalog?store=${storeId}` }, { label: 'Categories' }]}
    >
      <CatalogNav />
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <States query={list} empty="">
          {(d) => (
            <CategoryTree
              rows={d.data}
              domain={current.customDomain ?? current.domain}
              onSave={(id, input) => save.mutateAsync({ id, input })}
              onDelete={(id) => remove.mutateAsync(id)}
            />
          )}
        </States>
      )}
    </Page>
  );
}
