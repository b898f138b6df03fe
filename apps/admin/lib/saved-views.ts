'use client';
// Saved views of a list (the orders list's filter sets): the API's built-in views, the user's own
// and the team's shared ones, and the URL helpers that turn a view into the list's query (so an
// opened view stays bookmarkable) and tell which view the current URL shows.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedView, SavedViewInput, SavedViewResource, SavedViewUpdate } from '@ventory/sdk';
import { useSession } from './session';

export type { SavedView, SavedViewResource };

/** Query parameters that are not part of a view: the page of the list. */
const NOT_FILTERS = new Set(['offset']);
/** The store being worked on: kept when a view does not name one, compared only when it does. */
const STORE = 'store';

/** The current URL's filters, as a view stores them. */
export function filtersOf(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!NOT_FILTERS.has(k) && v !== '') out[k] = v;
  return out;
}

/** The list's URL for a view: its filters, and the current store unless the view names its own. */
export function viewHref(pathname: string, view: Pick<SavedView, 'filters'>, params: URLSearchParams) {
  const next = new URLSearchParams(view.filters);
  const store = params.get(STORE);
  if (store && !(STORE in view.filters)) next.set(STORE, store);
  const qs = next.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Whether the URL shows exactly this view's filters (the store counts only if the view names one). */
export function showsView(view: Pick<SavedView, 'filters'>, params: URLSearchParams): boolean {
  const current = filtersOf(params);
  if (!(STORE in view.filters)) delete current[STORE];
  const keys = Object.keys(current);
  return (
    keys.length === Object.keys(view.filters).length && keys.every((k) => view.filters[k] === current[k])
  );
}

/** A list's views, with save, change and delete (each refreshes the list). */
export function useSavedViews(resource: SavedViewResource) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['saved-views', resource];
  const list = useQuery({ queryKey: key, queryFn: () => client.savedViews.list(resource) });
  const refresh = () => queries.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: (input: Omit<SavedViewInput, 'resource'>) => client.savedViews.create({ ...input, resource }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: SavedViewUpdate }) =>
      client.savedViews.update(id, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.savedViews.delete(id),
    onSuccess: refresh,
  });
  return { list, create, update, remove };
}
