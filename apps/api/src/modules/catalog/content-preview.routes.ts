import { z } from 'zod';
import type { TokenService } from '../../platform/auth/tokens.ts';
import { PREVIEW_TTL_SECONDS } from '../../platform/auth/tokens.ts';
import { notFound } from '../../platform/errors.ts';
import { adminRoute, Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import { DateTimeOut, StoreIdParams } from '../../platform/http/schemas.ts';
import { PublicPageResponse } from './catalog.responses.ts';
import type { PageKind } from './catalog.schema.ts';
import { DomainSlug, SF } from './content.routes.ts';
import { contentService } from './content.service.ts';

/** The storefront sends the token in this header, as for a theme preview (never as a bearer token). */
const PREVIEW_HEADER = 'x-ventory-preview';

export const PagePreviewTokenResponse = z.strictObject({
  token: z.string(),
  expiresAt: DateTimeOut,
  path: z.string().describe('The storefront path that renders the page with the token (`?draft=`)'),
});

const KINDS: { kind: PageKind; admin: string; shop: string; noun: string; tags: string[] }[] = [
  { kind: 'PAGE', admin: 'pages', shop: 'pages', noun: 'page', tags: ['pages'] },
  { kind: 'POST', admin: 'blog-posts', shop: 'blog', noun: 'blog post', tags: ['blog'] },
];

/**
 * Previews of unpublished pages and posts, like the design editor's: the merchant gets a signed,
 * 30-minute token for one page; the storefront sends it back and gets the page whatever its
 * state. Without a valid token for that very page a draft stays "not found".
 */
export function contentPreviewRoutes(deps: { tokens: TokenService }): RouteDef[] {
  return KINDS.flatMap(({ kind, admin, shop, noun, tags }) => {
    const service = contentService(kind);
    return [
      adminRoute(
        {
          method: 'post',
          path: `/api/stores/:storeId/${admin}/:id/preview-token`,
          status: 200,
          summary: `A short-lived signed token that shows this ${noun} on the storefront, draft or scheduled`,
          tags,
          response: PagePreviewTokenResponse,
          params: StoreIdParams,
          requirePermission: 'catalog.write',
        },
        async ({ tx, params, auth }) => {
          const page = await service.get(tx, params.storeId, params.id); // 404 for another store's
          const grant = { tenantId: auth.tenantId, storeId: params.storeId, pageId: page.id };
          const token = await deps.tokens.signPagePreview(grant);
          const expiresAt = new Date(Date.now() + PREVIEW_TTL_SECONDS * 1000).toISOString();
          return { token, expiresAt, path: `/${shop}/${page.slug}?draft=${token}` };
        },
      ),
      storefrontRoute(
        {
          method: 'get',
          path: `/api/storefront/:domain/${shop}/:slug/preview`,
          summary: `A ${noun} in any state, for a valid preview token of it in ${PREVIEW_HEADER} (else 404)`,
          tags: SF,
          response: PublicPageResponse,
          params: DomainSlug,
        },
        async ({ tx, store, params, req }) => {
          // No token, a bad one or another store's: plain "not found", as for any shopper, so that
          // the answer says nothing about what exists.
          const token = req.header(PREVIEW_HEADER) ?? '';
          const grant = token ? await deps.tokens.verifyPagePreview(token).catch(() => null) : null;
          if (!grant || grant.tenantId !== store.tenantId || grant.storeId !== store.storeId)
            throw notFound(noun === 'page' ? 'Page' : 'Blog post');
          const page = await service.preview(tx, store.storeId, grant.pageId, params.slug);
          return new Reply(200, page, { 'Cache-Control': 'private, no-store' });
        },
      ),
    ];
  });
}
