'use client';
// Bulk edit of the selected listings: one API call, all or nothing, then the lists refresh.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkEditListingsInput, BulkListingAction } from '@ventory/sdk';
import { useSession } from './session';

export type { BulkListingAction };

export function useBulkEdit(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkEditListingsInput) => client.catalog.listings.bulk(storeId, input),
    onSuccess: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: ['listings', storeId] }),
        queries.invalidateQueries({ queryKey: ['listing', storeId] }),
      ]),
  });
}

const formatMoney = (amount: string | number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(Number(amount));

/** "12 listings", "1 listing". */
export const listingCount = (n: number) => `${n} ${n === 1 ? 'listing' : 'listings'}`;

/** What an action does, in words: "price −10 %", "hidden from shoppers", "added to Kitchen". */
export function describeAction(action: BulkListingAction, currency: string, categoryName: string): string {
  switch (action.type) {
    case 'setPrice':
    case 'adjustPrice': {
      const n = Number(action.type === 'setPrice' ? action.amount : action.percent);
      const price =
        action.type === 'setPrice'
          ? `price set to ${formatMoney(n, currency)}`
          : `price ${n < 0 ? '−' : '+'}${Math.abs(n)} %`;
      return `${price}, ${action.compareAt === 'clear' ? 'sales ended' : 'running sales kept'}`;
    }
    case 'setVisibility':
      return action.isVisible ? 'shown to shoppers' : 'hidden from shoppers';
    case 'addToCategory':
      return `added to ${categoryName}`;
    case 'removeFromCategory':
      return `removed from ${categoryName}`;
  }
}
