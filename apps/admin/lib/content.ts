'use client';
// CMS pages and blog posts of the current store over the SDK: the lists, one page or post with its
// save and delete, and the publishing state read from `isPublished` + `publishedAt`.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageInput, StorePage } from '@ventory/sdk';
import { useSession } from './session';

/** Which content: CMS pages (`/pages`) or blog posts (`/blog`). */
export type ContentKind = 'pages' | 'posts';
export type ContentItem = StorePage & { isPublished: boolean; storeId: string };

export const KINDS: Record<
  ContentKind,
  { noun: string; plural: string; title: string; list: string; shopPath: string }
> = {
  pages: { noun: 'page', plural: 'pages', title: 'Pages', list: '/content', shopPath: '/pages/' },
  posts: {
    noun: 'blog post',
    plural: 'blog posts',
    title: 'Blog posts',
    list: '/content/posts',
    shopPath: '/blog/',
  },
};

function useApi(kind: ContentKind) {
  const { client } = useSession();
  return kind === 'pages' ? client.catalog.pages : client.catalog.blogPosts;
}

export function useContentList(storeId: string, kind: ContentKind, query: string) {
  const api = useApi(kind);
  return useQuery({
    queryKey: ['content', storeId, kind, 'list', query],
    queryFn: () => api.list(storeId, `?${query}`),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
    select: (d) => ({ ...d, data: d.data as ContentItem[] }),
  });
}

/** One page or post (none when `id` is null: a new one), its save and its delete. */
export function useContentItem(storeId: string, kind: ContentKind, id: string | null) {
  const api = useApi(kind);
  const queries = useQueryClient();
  const item = useQuery({
    queryKey: ['content', storeId, kind, 'item', id],
    queryFn: () => api.get(storeId, id ?? '') as Promise<ContentItem>,
    enabled: !!storeId && !!id,
  });
  const save = useMutation({
    mutationFn: async (input: PageInput) =>
      (id
        ? await api.update(storeId, id, input)
        : await api.create(storeId, { title: '', ...input })) as ContentItem,
    onSuccess: (saved) => {
      queries.setQueryData(['content', storeId, kind, 'item', saved.id], saved);
      return queries.invalidateQueries({ queryKey: ['content', storeId, kind, 'list'] });
    },
  });
  const remove = useMutation({
    mutationFn: () => api.delete(storeId, id ?? ''),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['content', storeId, kind, 'list'] }),
  });
  return { item, save, remove };
}

/**
 * The storefront path that shows a draft or scheduled page or post (a signed token good for 30
 * minutes, renewed every 20 while the editor is open); none for a live one, whose own address works.
 */
export function usePreviewPath(kind: ContentKind, item?: ContentItem) {
  const api = useApi(kind);
  const unpublished = !!item && visibilityOf(item) !== 'published';
  return useQuery({
    queryKey: ['content-preview', item?.storeId, kind, item?.id, item?.slug],
    queryFn: async () => (await api.previewToken(item?.storeId ?? '', item?.id ?? '')).path,
    enabled: unpublished,
    refetchInterval: 20 * 60_000,
    staleTime: 20 * 60_000,
  });
}

export type Visibility = 'draft' | 'published' | 'scheduled';

/** Draft (not published), published (live now) or scheduled (live from `publishedAt`). */
export function visibilityOf(
  p: Pick<StorePage, 'isPublished' | 'publishedAt'>,
  now = Date.now(),
): Visibility {
  if (!p.isPublished) return 'draft';
  return p.publishedAt && new Date(p.publishedAt).getTime() > now ? 'scheduled' : 'published';
}

export const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : '';

/** "Draft", "Published Mar 1, 9:00 AM" or "Scheduled for Mar 8, 9:00 AM". */
export function visibilityText(p: Pick<StorePage, 'isPublished' | 'publishedAt'>): string {
  const v = visibilityOf(p);
  if (v === 'draft') return 'Draft';
  if (v === 'scheduled') return `Scheduled for ${when(p.publishedAt)}`;
  return p.publishedAt ? `Published ${when(p.publishedAt)}` : 'Published';
}

/**
 * The `isPublished` / `publishedAt` a save sends: a draft keeps its date; publishing now keeps the
 * date it first went live (so it does not jump to the top of the blog), else now; scheduling sends
 * the chosen moment.
 */
export function publishingInput(
  visibility: Visibility,
  scheduledAt: string | null,
  current?: Pick<StorePage, 'isPublished' | 'publishedAt'>,
): Pick<PageInput, 'isPublished' | 'publishedAt'> {
  if (visibility === 'draft') return { isPublished: false };
  if (visibility === 'scheduled') return { isPublished: true, publishedAt: scheduledAt };
  const live = current && visibilityOf(current) === 'published' ? current.publishedAt : null;
  return { isPublished: true, publishedAt: live ?? new Date().toISOString() };
}
