import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { TenantTx } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { Reply, type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import * as repo from './listings.repository.ts';

/** What a download link grants: one listing of one store, for one order, until `exp` (seconds). */
type Grant = { t: string; s: string; l: string; o: string; e: number };

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * Signed, expiring download links for digital products, handed out after purchase (by the order
 * flow, e.g. in the confirmation mail). The link carries its grant and an HMAC of it; nothing is
 * stored, and the file's real address is only revealed by a valid, unexpired link.
 */
export function createDownloads(
  secret: string | undefined,
  entitled: (tx: TenantTx, orderId: string, listingId: string) => Promise<boolean>,
) {
  // Without a configured secret, links live as long as the process (documented in the report).
  const key = createHmac('sha256', secret ?? randomBytes(32))
    .update('catalog-downloads')
    .digest();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest();

  function verify(token: string): Grant | null {
    const [payload = '', mac = ''] = token.split('.');
    const expected = sign(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Grant;
    } catch {
      return null;
    }
  }

  /** The file behind a digital listing: `attributes.downloadUrl` of the listing. */
  async function fileOf(tx: TenantTx, storeId: string, listingId: string) {
    const listing = await repo.listingById(tx, storeId, listingId);
    const url = listing?.attributes.downloadUrl;
    if (listing?.productType !== 'DIGITAL' || typeof url !== 'string') return null;
    return url;
  }

  return {
    /** A link to the listing's file for an order, valid for `ttlSeconds` (default one day). */
    async link(
      tx: TenantTx,
      input: {
        tenantId: string;
        storeId: string;
        domain: string;
        listingId: string;
        orderId: string;
        ttlSeconds?: number;
      },
    ) {
      if (!(await fileOf(tx, input.storeId, input.listingId)))
        throw invalid('Not a downloadable product', [
          { path: 'listingId', message: 'is not a digital listing with a downloadUrl' },
        ]);
      const exp = Math.floor(Date.now() / 1000) + (input.ttlSeconds ?? 86_400);
      const payload = b64(
        JSON.stringify({ t: input.tenantId, s: input.storeId, l: input.listingId, o: input.orderId, e: exp }),
      );
      return {
        url: `/api/storefront/${input.domain}/downloads/${payload}.${b64(sign(payload))}`,
        expiresAt: new Date(exp * 1000).toISOString(),
      };
    },

    routes(): RouteDef[] {
      return [
        storefrontRoute(
          {
            method: 'get',
            path: '/api/storefront/:domain/downloads/:token',
            status: 302,
            summary: 'Follow a signed download link (302 to the file; 410 once expired)',
            tags: ['storefront'],
            params: z.object({ domain: z.string(), token: z.string().max(2000) }),
          },
          async ({ tx, store, params }) => {
            const grant = verify(params.token);
            if (!grant || grant.t !== store.tenantId || grant.s !== store.storeId) throw notFound('Download');
            if (grant.e * 1000 <= Date.now())
              return new Reply(410, {
                type: 'https://docs.ventory.dev/problems/link-expired',
                title: 'Gone',
                status: 410,
                detail: 'This download link has expired',
                code: 'LINK_EXPIRED',
              });
            if (!(await entitled(tx, grant.o, grant.l)))
              return new Reply(410, {
                type: 'https://docs.ventory.dev/problems/link-revoked',
                title: 'Gone',
                status: 410,
                detail: 'This download is no longer available: its order was refunded or canceled',
                code: 'LINK_REVOKED',
              });
            const file = await fileOf(tx, store.storeId, grant.l);
            if (!file) throw notFound('Download');
            return new Reply(302, undefined, { Location: file, 'Cache-Control': 'private, no-store' });
          },
        ),
      ];
    },
  };
}
export type Downloads = ReturnType<typeof createDownloads>;
