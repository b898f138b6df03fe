import { adminRoute, created, noContent, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import {
  IdParams,
  ListEnvelopeOf,
  listQuery,
  StoreIdParams,
  StoreParams,
} from '../../platform/http/schemas.ts';
import type { StoreArchiveService } from './store-archive.service.ts';
import type { StoreService } from './stores.service.ts';
import {
  PublicStoreSettingsResponse,
  StoreExportResponse,
  StoreResponse,
  ThemeResponse,
} from './tenancy.responses.ts';
import { CreateStoreBody, CreateThemeBody, UpdateStoreBody, UpdateThemeBody } from './tenancy.validators.ts';
import { themeService } from './themes.service.ts';

const storeTags = ['stores'];
const themeTags = ['themes'];
const StoreList = listQuery(['name', 'createdAt']);
const ThemeList = listQuery(['createdAt']);

export function storeRoutes(stores: StoreService, archive: StoreArchiveService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/stores',
        summary: 'List stores',
        response: ListEnvelopeOf(StoreResponse),
        tags: storeTags,
        query: StoreList,
      },
      ({ tx, query, auth }) => stores.listStores(tx, query, auth.storeIds),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores',
        summary: 'Create a store',
        response: StoreResponse,
        tags: storeTags,
        body: CreateStoreBody,
        requirePermission: 'stores.manage',
      },
      async ({ tx, body }) => {
        const store = await stores.createStore(tx, body);
        return created(`/api/stores/${store.id}`, store);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:id',
        summary: 'Get a store',
        response: StoreResponse,
        tags: storeTags,
        params: IdParams,
        storeParam: 'id',
      },
      ({ tx, params }) => stores.getStore(tx, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/stores/:id',
        summary: 'Update a store',
        response: StoreResponse,
        tags: storeTags,
        params: IdParams,
        body: UpdateStoreBody,
        requirePermission: 'settings.store',
        storeParam: 'id',
      },
      ({ tx, params, body }) => stores.updateStore(tx, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/stores/:id',
        summary: 'Archive a store (its storefront closes; orders, payments and customers are kept)',
        tags: storeTags,
        params: IdParams,
        requirePermission: 'stores.manage',
        storeParam: 'id',
      },
      async ({ tx, params }) => {
        await archive.archive(tx, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:id/restore',
        status: 200,
        summary: 'Restore an archived store',
        response: StoreResponse,
        tags: storeTags,
        params: IdParams,
        requirePermission: 'stores.manage',
        storeParam: 'id',
      },
      ({ tx, params }) => archive.restore(tx, params.id),
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:id/export',
        summary: "Export every row of the store's data as JSON (needed before a purge)",
        tags: storeTags,
        response: StoreExportResponse,
        params: IdParams,
        requirePermission: 'stores.manage',
        storeParam: 'id',
      },
      ({ tx, params }) => archive.export(tx, params.id),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:id/purge',
        status: 204,
        summary: 'Delete an archived, exported store and all its data for good (owner only)',
        tags: storeTags,
        params: IdParams,
        requirePermission: 'stores.purge',
        storeParam: 'id',
      },
      async ({ tx, params }) => {
        await archive.purge(tx, params.id);
        return noContent();
      },
    ),

    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/themes',
        summary: 'List themes',
        response: ListEnvelopeOf(ThemeResponse),
        tags: themeTags,
        params: StoreParams,
        query: ThemeList,
      },
      ({ tx, params, query }) => themeService.list(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/themes',
        summary: 'Create a theme',
        response: ThemeResponse,
        tags: themeTags,
        params: StoreParams,
        body: CreateThemeBody,
        requirePermission: 'settings.store',
      },
      async ({ tx, params, body }) => {
        const theme = await themeService.create(tx, params.storeId, body);
        return created(`/api/stores/${params.storeId}/themes/${theme.id}`, theme);
      },
    ),
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/themes/:id',
        summary: 'Get a theme',
        response: ThemeResponse,
        tags: themeTags,
        params: StoreIdParams,
      },
      ({ tx, params }) => themeService.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/stores/:storeId/themes/:id',
        summary: 'Update a theme',
        response: ThemeResponse,
        tags: themeTags,
        params: StoreIdParams,
        body: UpdateThemeBody,
        requirePermission: 'settings.store',
      },
      ({ tx, params, body }) => themeService.update(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/stores/:storeId/themes/:id',
        summary: 'Delete a theme',
        tags: themeTags,
        params: StoreIdParams,
        requirePermission: 'settings.store',
      },
      async ({ tx, params }) => {
        await themeService.remove(tx, params.storeId, params.id);
        return noContent();
      },
    ),

    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/settings',
        summary: 'Public store settings and active theme',
        response: PublicStoreSettingsResponse,
        tags: ['storefront'],
      },
      ({ tx, store }) => stores.storefrontSettings(tx, store.storeId),
    ),
  ];
}
