import { createHash, randomBytes } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { unauthenticated } from '../errors.ts';
import type { AdminClaim, Role, ShopperAuth } from '../http/route.ts';
import type { KeyValueStore } from '../kv/kv.ts';

const ISSUER = 'ventory';
const Claims = z.discriminatedUnion('typ', [
  z.object({
    typ: z.literal('admin'),
    sub: z.string(),
    tid: z.string(),
    role: z.enum(['OWNER', 'ADMIN', 'STAFF']),
  }),
  z.object({ typ: z.literal('customer'), sub: z.string(), tid: z.string(), sid: z.string() }),
]);

const PREVIEW_AUDIENCE = 'storefront-preview';
export const PREVIEW_TTL_SECONDS = 30 * 60;
const PreviewClaims = z.object({
  typ: z.literal('preview'),
  sub: z.string(),
  tid: z.string(),
  sid: z.string(),
});
export type PreviewGrant = { tenantId: string; storeId: string; themeId: string };
/**
 * An unpublished page's or post's preview: its own audience, so that a theme token never opens
 * a page and a page token never previews a theme.
 */
const PAGE_PREVIEW_AUDIENCE = 'storefront-page-preview';
export type PagePreviewGrant = { tenantId: string; storeId: string; pageId: string };

/** `iat`: when the session began (seconds), so that a password reset can end older sessions. */
type RefreshGrant = { userId: string; tenantId: string; role: Role; iat?: number };

export type TokenService = ReturnType<typeof createTokenService>;

/** A merchant session's tokens as the wire carries them (login, signup, refresh, invitations). */
export const TokenPairResponse = z.strictObject({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
});

/**
 * Short-lived signed access tokens (HS256 JWT) and opaque, rotating refresh tokens kept in the
 * key-value store (Redis when configured) under a hash, so a leaked store dump reveals no token.
 */
export function createTokenService(opts: {
  secret: string;
  kv: KeyValueStore;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}) {
  const key = new TextEncoder().encode(opts.secret);
  const refreshKey = (token: string) => `rt:${createHash('sha256').update(token).digest('hex')}`;

  const sign = (claims: Record<string, string>, subject: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${opts.accessTtlSeconds}s`)
      .sign(key);

  async function issueRefresh(grant: RefreshGrant) {
    const token = randomBytes(32).toString('base64url');
    const stamped = { ...grant, iat: grant.iat ?? Math.floor(Date.now() / 1000) };
    await opts.kv.set(refreshKey(token), JSON.stringify(stamped), opts.refreshTtlSeconds);
    return token;
  }

  return {
    signAdmin: (auth: Omit<AdminClaim, 'kind' | 'issuedAt'>) =>
      sign({ typ: 'admin', tid: auth.tenantId, role: auth.role }, auth.userId),
    signShopper: (auth: Omit<ShopperAuth, 'kind'>) =>
      sign({ typ: 'customer', tid: auth.tenantId, sid: auth.storeId }, auth.customerId),

    /**
     * A short-lived token that lets the storefront render one theme's draft of one store. Its
     * `typ` is not one the access-token schema accepts, so it can never act as a bearer token.
     */
    signPreview: (grant: PreviewGrant, ttlSeconds = PREVIEW_TTL_SECONDS) =>
      new SignJWT({ typ: 'preview', tid: grant.tenantId, sid: grant.storeId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(grant.themeId)
        .setIssuer(ISSUER)
        .setAudience(PREVIEW_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key),

    /** A short-lived token that lets the storefront render one unpublished page or post. */
    signPagePreview: (grant: PagePreviewGrant, ttlSeconds = PREVIEW_TTL_SECONDS) =>
      new SignJWT({ typ: 'preview', tid: grant.tenantId, sid: grant.storeId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(grant.pageId)
        .setIssuer(ISSUER)
        .setAudience(PAGE_PREVIEW_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key),

    /** The grant of a valid page preview token; anything else is 401. */
    async verifyPagePreview(token: string): Promise<PagePreviewGrant> {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: PAGE_PREVIEW_AUDIENCE,
          algorithms: ['HS256'],
        });
        const claims = PreviewClaims.parse(payload);
        return { tenantId: claims.tid, storeId: claims.sid, pageId: claims.sub };
      } catch {
        throw unauthenticated('Invalid or expired preview token');
      }
    },

    /** The grant of a valid preview token; anything else (expired, forged, an access token) is 401. */
    async verifyPreview(token: string): Promise<PreviewGrant> {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: PREVIEW_AUDIENCE,
          algorithms: ['HS256'],
        });
        const claims = PreviewClaims.parse(payload);
        return { tenantId: claims.tid, storeId: claims.sid, themeId: claims.sub };
      } catch {
        throw unauthenticated('Invalid or expired preview token');
      }
    },

    async verify(token: string): Promise<AdminClaim | ShopperAuth> {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        const claims = Claims.parse(payload);
        return claims.typ === 'admin'
          ? {
              kind: 'admin',
              userId: claims.sub,
              tenantId: claims.tid,
              role: claims.role,
              issuedAt: payload.iat,
            }
          : { kind: 'customer', customerId: claims.sub, tenantId: claims.tid, storeId: claims.sid };
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw unauthenticated('Access token expired');
        throw unauthenticated('Invalid access token');
      }
    },

    issueRefresh,

    /** Spends a refresh token and returns its grant; a spent or unknown token is 401. */
    async rotateRefresh(token: string): Promise<RefreshGrant> {
      const raw = await opts.kv.take(refreshKey(token));
      if (!raw) throw unauthenticated('Invalid or expired refresh token');
      return JSON.parse(raw) as RefreshGrant;
    },

    async revokeRefresh(token: string) {
      await opts.kv.del([refreshKey(token)]);
    },
  };
}
