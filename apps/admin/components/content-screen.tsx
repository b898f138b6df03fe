'use client';
// The editor screen of one page or post (or a new one): loads it, saves it, and after creating
// moves to the new one's address so a reload keeps editing it.
import { useRouter } from 'next/navigation';
import { type ContentKind, KINDS, useContentItem } from '@/lib/content';
import { useStores } from '@/lib/stores';
import { ContentEditor } from './content-editor';
import { ContentNav } from './content-nav';
import { Page, States } from './ui';

export function ContentScreen({ kind, id }: { kind: ContentKind; id: string | null }) {
  const router = useRouter();
  const { current, query: storesQuery } = useStores();
  const storeId = current?.id ?? '';
  const { item, save, remove } = useContentItem(storeId, kind, id);
  const { noun, title: section, list } = KINDS[kind];
  const qs = current ? `?store=${current.id}` : '';
  const title = id ? (item.data?.title ?? section) : `New ${noun}`;
  const domain = current?.customDomain ?? current?.domain ?? '';
  const crumbs = [
    { label: 'Content', href: `/content${qs}` },
    { label: section, href: `${list}${qs}` },
    { label: title },
  ];
  const saveIt = async (input: Parameters<typeof save.mutateAsync>[0]) => {
    const saved = await save.mutateAsync(input);
    if (!id) router.replace(`/content/${kind}/${saved.id}${qs}`);
    return saved;
  };
  return (
    <Page title={title} crumbs={crumbs}>
      <ContentNav />
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : !id ? (
        <ContentEditor kind={kind} domain={domain} onSave={saveIt} />
      ) : (
        <States query={item} empty="">
          {(p) => (
            <ContentEditor
              key={p.id}
              kind={kind}
              item={p}
              domain={domain}
              onSave={saveIt}
              onDelete={async () => {
                await remove.mutateAsync();
                router.push(`${list}${qs}`);
              }}
            />
          )}
        </States>
      )}
    </Page>
  );
}
