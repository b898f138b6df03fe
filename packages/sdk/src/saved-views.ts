import type { Call } from './call.ts';
import type { SavedView, SavedViewInput, SavedViewUpdate } from './contract.ts';

/** The lists that have saved views. */
export type SavedViewResource = SavedViewInput['resource'];

/**
 * Saved views of the admin's lists: built-in ones, the caller's own (editable) and the team's
 * shared ones (read-only). A view's `filters` are the list's query parameters.
 */
export function savedViewsApi(call: Call) {
  const one = (id: string) => `/api/saved-views/${encodeURIComponent(id)}`;
  return {
    list: (resource: SavedViewResource) =>
      call<{ data: SavedView[] }>('GET', `/api/saved-views?resource=${encodeURIComponent(resource)}`),
    create: (input: SavedViewInput) => call<SavedView>('POST', '/api/saved-views', input),
    update: (id: string, input: SavedViewUpdate) => call<SavedView>('PUT', one(id), input),
    delete: (id: string) => call<void>('DELETE', one(id)),
  };
}
