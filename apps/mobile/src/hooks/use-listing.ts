import type { ProductQuery } from '@ventory/sdk';
import { useState } from 'react';
import { api, type ListingPageArg } from '../state/api.ts';

/**
 * A listing that grows as the shopper scrolls: pages are merged into one cached list (api.ts);
 * a new query (search text, filter, sort) starts again from its first page.
 */
export function useListing(
  query: ListingPageArg['query'] & Omit<ProductQuery, 'offset' | 'limit'>,
  skip = false,
) {
  const key = JSON.stringify(query);
  const [paging, setPaging] = useState({ key, page: 0 });
  const page = paging.key === key ? paging.page : 0;
  const res = api.useListingsQuery({ query, page }, { skip });
  const items = res.data?.data ?? [];
  const total = res.data?.total ?? 0;
  const hasMore = items.length < total;
  return {
    items,
    total,
    hasMore,
    isLoading: res.isLoading,
    isFetching: res.isFetching,
    error: res.data ? undefined : res.error,
    refetch: res.refetch,
    loadMore: () => {
      if (hasMore && !res.isFetching) setPaging({ key, page: page + 1 });
    },
  };
}
