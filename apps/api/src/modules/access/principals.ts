import { createHash } from 'node:crypto';
import { isPermission, type Permission, ROLE_PERMISSIONS } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/pool.ts';
import { unauthenticated } from '../../platform/errors.ts';
import type { AdminAccess, AdminAuth, AdminClaim, ShopperAuth } from '../../platform/http/route.ts';
import { accessRepository as repo } from './access.repository.ts';

/** Every API key starts with this, so that scanners and people can tell one from a session token. */
export const API_KEY_PREFIX = 'vk_live_';
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** `last_used_at` is written at most this often per key, so that busy keys cost no write per call. */
const TOUCH_EVERY_MS = 60_000;

const lowerAll = (ids: readonly string[] | null) => ids?.map((id) => id.toLowerCase()) ?? null;

async function apiKeyAuth(db: Db, token: string): Promise<AdminAuth> {
  const key = await db.withPlatform((tx) => repo.apiKeyByHash(tx, hashSecret(token)));
  if (!key || key.revokedAt) throw unauthenticated('Invalid or revoked API key');
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > TOUCH_EVERY_MS)
    await db.withPlatform((tx) => repo.touchApiKey(tx, key.id));
  // A key never does more than its creator may do now (a demoted creator narrows their keys).
  const creator = new Set<Permission>(ROLE_PERMISSIONS[key.role]);
  const scopes = key.scopes.filter(isPermission).filter((p) => creator.has(p));
  return {
    kind: 'admin',
    userId: key.createdBy,
    tenantId: key.tenantId,
    role: null,
    apiKeyId: key.id,
    permissions: new Set(scopes),
    storeIds: null,
  };
}

/**
 * The route runner's view of merchant callers: JWTs and API keys in, a re-read AdminAuth out, and
 * the audit record of each mutation written in the mutation's own transaction.
 */
export function createAdminAccess(deps: {
  db: Db;
  verifyToken(token: string): Promise<AdminClaim | ShopperAuth>;
}): AdminAccess {
  return {
    authenticate: (token) =>
      token.startsWith(API_KEY_PREFIX) ? apiKeyAuth(deps.db, token) : deps.verifyToken(token),

    async admit(tx, who) {
      if ('permissions' in who) return who;
      const user = await repo.userAccess(tx, who.userId);
      if (!user) throw unauthenticated('The account no longer exists');
      if (
        user.sessionsValidAfter &&
        (who.issuedAt ?? 0) < Math.floor(user.sessionsValidAfter.getTime() / 1000)
      )
        throw unauthenticated('This session has ended (the password was changed)');
      return {
        kind: 'admin',
        userId: user.id,
        tenantId: who.tenantId,
        role: user.role,
        apiKeyId: null,
        permissions: new Set(ROLE_PERMISSIONS[user.role]),
        storeIds: lowerAll(user.storeIds),
      };
    },

    async record(tx, auth, entry) {
      await repo.insertAudit(tx, {
        ...entry,
        actorType: auth.apiKeyId ? 'API_KEY' : 'USER',
        userId: auth.userId,
        apiKeyId: auth.apiKeyId,
      });
    },
  };
}
