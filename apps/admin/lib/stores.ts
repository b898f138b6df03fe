'use client';
import { useQuery } from '@tanstack/react-query';
import type { Store } from '@ventory/sdk';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { useSession } from './session';

const KEY = 'ventory-admin-store';

/** The tenant's stores and the one being worked on: `?store=` in the URL, else the last chosen. */
export function useStores() {
  const { client } = useSession();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const stores = useQuery({
    queryKey: ['stores'],
    queryFn: () => client.stores.list('?limit=100'),
    staleTime: 60_000,
  });
  const list: Store[] = stores.data?.data ?? [];
  const wanted =
    params.get('store') ?? (typeof window === 'undefined' ? null : window.localStorage.getItem(KEY));
  const current = list.find((s) => s.id === wanted) ?? list[0] ?? null;
  const choose = useCallback(
    (id: string) => {
      window.localStorage.setItem(KEY, id);
      const next = new URLSearchParams(params.toString());
      next.set('store', id);
      next.delete('offset');
      router.push(`${pathname}?${next.toString()}`);
    },
    [params, pathname, router],
  );
  return { stores: list, current, choose, query: stores };
}

/** URL-held state for lists: read and write search params so every view can be bookmarked. */
export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const set = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      router.replace(`${pathname}?${next.toString()}`);
    },
    [params, pathname, router],
  );
  return { params, set };
}
