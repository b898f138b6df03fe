import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { SavedViewDto, SavedViewList } from './saved-views.dto.ts';
import { savedViewsService as views } from './saved-views.service.ts';
import {
  CreateSavedViewBody,
  SavedViewParams,
  SavedViewsQuery,
  UpdateSavedViewBody,
} from './saved-views.validators.ts';

/** Saved views of the admin's lists (any member of the team; each changes only their own). */
export function savedViewsRoutes(): RouteDef[] {
  const tags = ['saved-views'];
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/saved-views',
        summary: "A list's views: built-in, the caller's own and the team's shared ones",
        tags,
        query: SavedViewsQuery,
        response: SavedViewList,
      },
      ({ tx, auth, query }) => views.list(tx, auth, query.resource),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/saved-views',
        summary: "Save a list's filters as a named view",
        tags,
        body: CreateSavedViewBody,
        response: SavedViewDto,
      },
      async ({ tx, auth, body }) => {
        const view = await views.create(tx, auth, body);
        return created(`/api/saved-views/${view.id}`, view);
      },
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/saved-views/:id',
        summary: 'Rename, re-filter or (un)share one of your saved views',
        tags,
        params: SavedViewParams,
        body: UpdateSavedViewBody,
        response: SavedViewDto,
      },
      ({ tx, auth, params, body }) => views.update(tx, auth, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/saved-views/:id',
        summary: 'Delete one of your saved views',
        tags,
        params: SavedViewParams,
      },
      async ({ tx, auth, params }) => {
        await views.remove(tx, auth, params.id);
        return noContent();
      },
    ),
  ];
}
