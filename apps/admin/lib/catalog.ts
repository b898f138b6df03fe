'use client';
// The current store's catalog over the SDK: listings, the reviews queue, categories, collections.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Category,
  type Collection,
  type ListingInput,
  type ProductListing,
  VentoryClient,
} from '@ventory/sdk';
import { useDebounced } from './debounce';
import { useSession } from './session';

export type Listing = ProductListing & { productMissing?: boolean };
export type Rule = { field: 'tag' | 'price' | 'category' | 'title' | 'promoted'; op: string; value: string };
export type CollectionFull = Collection & {
  rules: Rule[];
  match: 'ALL' | 'ANY';
  listingIds: string[];
  isVisible: boolean;
};

export function useListings(storeId: string, query: string) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['listings', storeId, query],
    queryFn: () => client.catalog.listings.list(storeId, `?${query}`),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
  });
}

export function useListing(storeId: string, id: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const listing = useQuery({
    queryKey: ['listing', storeId, id],
    queryFn: () => client.catalog.listings.get(storeId, id) as Promise<Listing>,
    enabled: !!storeId,
  });
  const save = useMutation({
    mutationFn: (input: ListingInput) => client.catalog.listings.update(storeId, id, input),
    onSuccess: (saved) => {
      queries.setQueryData(['listing', storeId, id], saved);
      return queries.invalidateQueries({ queryKey: ['listings', storeId] });
    },
  });
  // The inventory price the listing's markup applies to (for the price preview).
  const product = useQuery({
    queryKey: ['product', listing.data?.productId],
    queryFn: () => client.inventory.products.get(listing.data?.productId ?? ''),
    enabled: !!listing.data?.productId,
  });
  return { listing, save, product };
}

/** Pending reviews, oldest first: the order they came in is the order to answer them. */
export function useReviewQueue(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['reviews', storeId, 'PENDING'],
    queryFn: () => client.catalog.reviews.list(storeId, '?status=PENDING&sort=createdAt&limit=50'),
    enabled: !!storeId,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['reviews', storeId] });
  const approve = useMutation({
    mutationFn: (id: string) => client.catalog.reviews.approve(storeId, id),
    onSuccess: refresh,
  });
  const reject = useMutation({
    mutationFn: (id: string) => client.catalog.reviews.reject(storeId, id),
    onSuccess: refresh,
  });
  return { list, approve, reject };
}

/** Every category of the store (the API pages at 100; a store's tree rarely needs more). */
export function useCategories(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['categories', storeId, 'all'],
    queryFn: () => client.catalog.categories.list(storeId, '?limit=100&sort=name'),
    enabled: !!storeId,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['categories', storeId] });
  const save = useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<Category> }) =>
      id
        ? client.catalog.categories.update(storeId, id, input)
        : client.catalog.categories.create(storeId, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.catalog.categories.delete(storeId, id),
    onSuccess: refresh,
  });
  return { list, save, remove };
}

export type CategoryBranch = Category & { depth: number; children: CategoryBranch[] };

/** The flat list as a tree, depth-first, each branch sorted by sort order then name. */
export function categoryTree(rows: Category[]): CategoryBranch[] {
  const nodes = new Map(rows.map((r) => [r.id, { ...r, depth: 0, children: [] as CategoryBranch[] }]));
  const roots: CategoryBranch[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const order = (a: Category, b: Category) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);
  const fix = (list: CategoryBranch[], depth: number) => {
    list.sort(order);
    for (const n of list) {
      n.depth = depth;
      fix(n.children, depth + 1);
    }
  };
  fix(roots, 0);
  return roots;
}

/** Ids of a category and everything below it: none of them can become its parent. */
export function subtree(node: CategoryBranch): Set<string> {
  const out = new Set<string>([node.id]);
  for (const c of node.children) for (const id of subtree(c)) out.add(id);
  return out;
}

export function useCollections(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['collections', storeId],
    queryFn: () => client.catalog.collections.list(storeId, '?limit=100'),
    enabled: !!storeId,
    select: (d) => ({ ...d, data: d.data as CollectionFull[] }),
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['collections', storeId] });
  const save = useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Record<string, unknown> }) =>
      id
        ? client.catalog.collections.update(storeId, id, input)
        : client.catalog.collections.create(storeId, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.catalog.collections.delete(storeId, id),
    onSuccess: refresh,
  });
  return { list, save, remove };
}

/**
 * How many products a collection shows shoppers: the storefront's own product query with
 * `?collection=` (visible listings, in stock or not), so the figure is the one shoppers get. Asked
 * as a shopper: the API refuses a merchant's token on another store's storefront routes.
 */
/** The live count of a rule-based collection being edited (rules with a blank value left out). */
export function useRulesPreview(storeId: string, match: string, rules: Rule[]) {
  const { client } = useSession();
  const input = useDebounced(
    JSON.stringify({ match, rules: rules.filter((r) => r.value.trim() !== '') }),
    300,
  );
  return useQuery({
    queryKey: ['collections', storeId, 'preview', input],
    queryFn: () => client.catalog.collections.preview(storeId, JSON.parse(input)),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCollectionCount(storeId: string, domain: string, collection: CollectionFull) {
  return useQuery({
    queryKey: ['collections', storeId, 'count', collection.id, collection.slug],
    queryFn: () =>
      shopper().shop.products(domain, `?collection=${encodeURIComponent(collection.slug)}&limit=1`),
    enabled: !!domain && collection.isVisible,
    select: (d) => d.total,
  });
}

/** A client without the merchant's token, for the storefront's public routes (same-origin proxy). */
const shopper = () =>
  // Bound (the browser's fetch throws "Illegal invocation" as another object's method), and past
  // the HTTP cache: the storefront's stale-while-revalidate would show the count before an edit.
  new VentoryClient({
    baseUrl: window.location.origin,
    fetch: (input, init) => fetch(input, { ...init, cache: 'no-store' }),
  });
