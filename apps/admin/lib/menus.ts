'use client';
// The storefront's header and footer menus over the SDK, and the store's pages, posts, categories,
// collections and products a menu item can link to (loaded only when an item links to that kind).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MenuItemInput, MenuLink } from '@ventory/sdk';
import { useSession } from './session';

export type MenuHandle = 'header' | 'footer';
export type LinkKind = MenuLink['kind'];

export const LINK_KINDS: { kind: LinkKind; label: string }[] = [
  { kind: 'page', label: 'Page' },
  { kind: 'post', label: 'Blog post' },
  { kind: 'category', label: 'Category' },
  { kind: 'collection', label: 'Collection' },
  { kind: 'product', label: 'Product' },
];

export function useMenu(storeId: string, handle: MenuHandle) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['menu', storeId, handle];
  const menu = useQuery({
    queryKey: key,
    queryFn: () => client.catalog.menus.get(storeId, handle),
    enabled: !!storeId,
  });
  const save = useMutation({
    mutationFn: (items: MenuItemInput[]) => client.catalog.menus.save(storeId, handle, items),
    onSuccess: (saved) => queries.setQueryData(key, saved),
  });
  return { menu, save };
}

/** What a menu item can link to of one kind: `{ slug, title }`, the first 100 by name. */
export function useLinkTargets(storeId: string, kind: LinkKind, enabled: boolean) {
  const { client } = useSession();
  const c = client.catalog;
  return useQuery({
    queryKey: ['menu-targets', storeId, kind],
    enabled: enabled && !!storeId,
    staleTime: 60_000,
    queryFn: async (): Promise<{ slug: string; title: string }[]> => {
      if (kind === 'category') {
        const r = await c.categories.list(storeId, '?limit=100&sort=name');
        return r.data.map((x) => ({ slug: x.slug, title: x.name }));
      }
      const api = { page: c.pages, post: c.blogPosts, collection: c.collections, product: c.listings }[kind];
      const r = await api.list(storeId, '?limit=100&sort=title');
      return r.data.map((x) => ({ slug: x.slug, title: x.title }));
    },
  });
}
