import type { SavedViewDto } from './saved-views.dto.ts';
import type { ViewFilters } from './saved-views.schema.ts';
import type { ViewResource } from './saved-views.validators.ts';

type BuiltIn = { key: string; name: string; filters: ViewFilters };

/**
 * The views every user of a list has, whatever they saved: the list's usual questions. Their
 * filters are the list's query parameters, as a saved view's are.
 */
const BUILT_IN: Record<ViewResource, BuiltIn[]> = {
  orders: [
    { key: 'all', name: 'All orders', filters: {} },
    {
      key: 'to-fulfil',
      name: 'To fulfil',
      filters: { paymentStatus: 'PAID', fulfillmentStatus: 'UNFULFILLED' },
    },
    { key: 'unpaid', name: 'Unpaid', filters: { paymentStatus: 'PENDING' } },
  ],
};

export const isBuiltInId = (id: string) => id.startsWith('builtin-');

/** A resource's built-in views as the API answers them (ids `builtin-<resource>-<key>`). */
export const builtInViews = (resource: ViewResource): SavedViewDto[] =>
  BUILT_IN[resource].map((v) => ({
    id: `builtin-${resource}-${v.key}`,
    resource,
    name: v.name,
    filters: v.filters,
    shared: true,
    builtIn: true,
    editable: false,
    owner: null,
    createdAt: null,
  }));

/** Whether `name` is a built-in view's of the resource, whatever the case. */
export const isBuiltInName = (resource: string, name: string) =>
  (BUILT_IN[resource as ViewResource] ?? []).some((v) => v.name.toLowerCase() === name.toLowerCase());
