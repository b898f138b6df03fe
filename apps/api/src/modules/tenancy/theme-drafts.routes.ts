import type { TokenService } from '../../platform/auth/tokens.ts';
import { PREVIEW_TTL_SECONDS } from '../../platform/auth/tokens.ts';
import { unauthenticated } from '../../platform/errors.ts';
import { adminRoute, noContent, Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { StoreIdParams } from '../../platform/http/schemas.ts';
import { storefrontLink } from '../../platform/storefront-url.ts';
import * as repo from './stores.repository.ts';
import {
  PreviewStoreSettingsResponse,
  PreviewTokenResponse,
  ThemeDraftResponse,
} from './tenancy.responses.ts';
import { ThemeDraftBody } from './tenancy.validators.ts';
import { themeDraftService } from './theme-drafts.service.ts';

const tags = ['themes'];
/** The storefront sends the preview token in this header (never as a bearer token). */
export const PREVIEW_HEADER = 'x-ventory-preview';

/** The design editor's draft, publish, discard and preview-token routes, and the preview read. */
export function themeDraftRoutes(deps: { tokens: TokenService; storefrontUrl: string }): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: '/api/stores/:storeId/themes/:id/draft',
        summary: "A theme's draft design beside its live one",
        tags,
        response: ThemeDraftResponse,
        params: StoreIdParams,
      },
      ({ tx, params }) => themeDraftService.get(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'put',
        path: '/api/stores/:storeId/themes/:id/draft',
        summary: 'Save design edits to the draft (shoppers keep seeing the live theme)',
        tags,
        response: ThemeDraftResponse,
        params: StoreIdParams,
        body: ThemeDraftBody,
        requirePermission: 'settings.store',
      },
      ({ tx, params, body }) => themeDraftService.save(tx, params.storeId, params.id, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: '/api/stores/:storeId/themes/:id/draft',
        summary: 'Discard the draft',
        tags,
        params: StoreIdParams,
        requirePermission: 'settings.store',
      },
      async ({ tx, params }) => {
        await themeDraftService.discard(tx, params.storeId, params.id);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/themes/:id/publish',
        status: 200,
        summary: 'Make the draft live: the theme becomes active and the storefront revalidates',
        tags,
        response: ThemeDraftResponse,
        params: StoreIdParams,
        requirePermission: 'settings.store',
      },
      ({ tx, params }) => themeDraftService.publish(tx, params.storeId, params.id),
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/stores/:storeId/themes/:id/preview-token',
        status: 200,
        summary: 'A short-lived signed token (and storefront URL) that renders this theme’s draft',
        tags,
        response: PreviewTokenResponse,
        params: StoreIdParams,
        requirePermission: 'settings.store',
      },
      async ({ tx, params, auth }) => {
        await themeDraftService.get(tx, params.storeId, params.id); // 404 for another store's theme
        const store = await repo.findStore(tx, params.storeId);
        const grant = { tenantId: auth.tenantId, storeId: params.storeId, themeId: params.id };
        const token = await deps.tokens.signPreview(grant);
        const expiresAt = new Date(Date.now() + PREVIEW_TTL_SECONDS * 1000).toISOString();
        const url = storefrontLink(deps.storefrontUrl, store?.domain ?? '', `/?preview=${token}`);
        return { token, expiresAt, url };
      },
    ),
    storefrontRoute(
      {
        method: 'get',
        path: '/api/storefront/:domain/preview',
        summary: `Store settings with a theme's draft laid over, for a valid token in ${PREVIEW_HEADER}`,
        tags: ['storefront'],
        response: PreviewStoreSettingsResponse,
      },
      async ({ tx, store, req }) => {
        const token = req.header(PREVIEW_HEADER) ?? '';
        if (!token) throw unauthenticated(`A preview token is required in ${PREVIEW_HEADER}`);
        const grant = await deps.tokens.verifyPreview(token);
        // A token is for one store of one tenant: it previews nothing on any other domain.
        if (grant.tenantId !== store.tenantId || grant.storeId !== store.storeId)
          throw unauthenticated('This preview token is for another store');
        const body = await themeDraftService.preview(tx, store.storeId, grant.themeId);
        return new Reply(200, body, { 'Cache-Control': 'private, no-store' });
      },
    ),
  ];
}
