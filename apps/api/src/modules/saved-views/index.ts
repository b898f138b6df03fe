/** Saved views: named filter sets of the admin's lists, per user, optionally shared with the team. */
export { savedViewsRoutes } from './saved-views.routes.ts';
export type { SavedViewTables } from './saved-views.schema.ts';
