'use client';
// Coupons and gift cards of the current store, over the API's REST endpoints (through the SDK).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { List, ResponseBody } from '@ventory/sdk';
import { useSession } from './session';

export type Coupon = {
  id: string;
  code: string;
  description: string | null;
  discountType: 'PERCENTAGE' | 'FIXED' | 'FREE_SHIPPING';
  discountValue: string;
  minimumOrderAmount: string | null;
  startsAt: string | null;
  expiresAt: string | null;
  usageLimit: number | null;
  usageCount: number;
  perCustomerLimit: number | null;
  applicableProductIds: string[];
  applicableCategoryIds: string[];
  excludedProductIds: string[];
  excludedCategoryIds: string[];
  isActive: boolean;
  isAutomatic: boolean;
};

export type GiftCard = {
  id: string;
  code: string;
  currency: string;
  initialBalance: string;
  balance: string;
  expiresAt: string | null;
  isActive: boolean;
  recipientEmail: string | null;
  note: string | null;
  createdAt: string;
};

export type GiftCardEntry = {
  id: string;
  type: string;
  amount: string;
  balanceAfter: string;
  orderId: string | null;
  note: string | null;
  createdAt: string;
};

export function useCoupons(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['coupons', storeId],
    queryFn: () =>
      client.commerce.coupons.list(storeId, '?limit=100&sort=-createdAt') as Promise<List<Coupon>>,
    enabled: !!storeId,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['coupons', storeId] });
  const save = useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Record<string, unknown> }) =>
      id
        ? client.commerce.coupons.update(storeId, id, input)
        : client.commerce.coupons.create(storeId, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.commerce.coupons.delete(storeId, id),
    onSuccess: refresh,
  });
  // What a coupon can be limited to: the store's categories and the tenant's products.
  const categories = useCategoryChoices(storeId);
  const products = useQuery({
    queryKey: ['products', 'pick'],
    queryFn: () => client.inventory.products.list('?limit=100'),
    staleTime: 60_000,
  });
  return { list, save, remove, categories, products };
}

/** The store's categories, to choose from in a coupon's limits or a segment's rule. */
export function useCategoryChoices(storeId: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['categories', storeId, 'all'],
    queryFn: () => client.catalog.categories.list(storeId, '?limit=100'),
    enabled: !!storeId,
    staleTime: 60_000,
  });
}

export function useGiftCards(storeId: string, offset: number) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['gift-cards', storeId, offset],
    queryFn: () =>
      client.commerce.giftCards.list(storeId, `?limit=25&offset=${offset}&sort=-createdAt`) as Promise<
        List<GiftCard>
      >,
    enabled: !!storeId,
    placeholderData: keepPreviousData,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['gift-cards', storeId] });
  const issue = useMutation({
    mutationFn: (input: Record<string, unknown>) =>
      client.commerce.giftCards.create(storeId, input) as Promise<GiftCard>,
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: Record<string, unknown> }) =>
      client.commerce.giftCards.update(storeId, id, input) as Promise<GiftCard>,
    onSuccess: refresh,
  });
  return { list, issue, update };
}

export function useGiftCardLedger(storeId: string, id: string | null) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['gift-cards', storeId, 'ledger', id],
    queryFn: () =>
      client.call<List<GiftCardEntry>>(
        'GET',
        `/api/stores/${storeId}/gift-cards/${id}/transactions?limit=100&sort=-createdAt`,
      ),
    enabled: !!storeId && !!id,
  });
}

export type AbandonedCart = ResponseBody<'/api/stores/{storeId}/abandoned-carts', 'get'>['data'][number];
export type AbandonedStats = ResponseBody<'/api/stores/{storeId}/analytics/abandoned-carts', 'get'>;

/** Abandoned carts (all, still waiting, or recovered) and the store's recovery figures. */
export function useAbandonedCarts(storeId: string, offset: number, recovered: '' | 'true' | 'false') {
  const { client } = useSession();
  const filter = recovered ? `&recovered=${recovered}` : '';
  const list = useQuery({
    queryKey: ['abandoned-carts', storeId, offset, recovered],
    queryFn: () =>
      client.call<List<AbandonedCart>>(
        'GET',
        `/api/stores/${storeId}/abandoned-carts?limit=25&offset=${offset}${filter}`,
      ),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
  });
  const stats = useQuery({
    queryKey: ['abandoned-carts', storeId, 'stats'],
    queryFn: () => client.call<AbandonedStats>('GET', `/api/stores/${storeId}/analytics/abandoned-carts`),
    enabled: !!storeId,
  });
  return { list, stats };
}
