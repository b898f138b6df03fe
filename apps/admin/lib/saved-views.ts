'use client';
// Saved views of a list (the orders list's filter sets): the API's built-in views, the user's own
// and the team's shared ones, and the URL helpers that turn a view into the list's query (so an
// opened view stays bookmarkable) and tell which view the current URL shows.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedView, SavedViewInput, SavedViewResource, SavedViewUpdate } from '@ventory/sdk';
import { useSession } from './session';

export type { SavedView, SavedViewResource };

/** The URL parameter naming the open view (so "Update view" knows which one the filters came from). */
export const VIEW_PARAM = 'view';
/** Query parameters that are not part of a view: the page of the list and the open view. */
const NOT_FILTERS = new Set(['offset', VIEW_PARAM]);
/** The store being worked on: kept when a view does not name one, compared only when it does. */
const STORE = 'store';

/** The current URL's filters, as a view stores them. */
export function filtersOf(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!NOT_FILTERS.has(k) && v !== '') out[k] = v;
  return out;
}

/**
 * The list's URL for a view: its filters, the current store unless the view names its own, and
 * the view's id (the open view, whose filters the list then compares with its own).
 */
export function viewHref(pathname: string, view: Pick<SavedView, 'id' | 'filters'>, params: URLSearchParams) {
  const next = new URLSearchParams(view.filters);
  const store = params.get(STORE);
  if (store && !(STORE in view.filters)) next.set(STORE, store);
  next.set(VIEW_PARAM, view.id);
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

/**
 * The open view: the one the URL names (even when its filters were changed since), else the most
 * specific one showing exactly the URL's filters: one's own, then a shared one, then a built-in.
 */
export function openView(views: SavedView[], params: URLSearchParams): SavedView | undefined {
  const named = views.find((v) => v.id === params.get(VIEW_PARAM));
  if (named) return named;
  const matches = views.filter((v) => showsView(v, params));
  return matches.find((v) => v.editable) ?? matches.find((v) => !v.builtIn) ?? matches[0];
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
