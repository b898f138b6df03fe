import { randomBytes } from 'node:crypto';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { AdminAuth } from '../../platform/http/route.ts';
import { accessRepository as repo } from './access.repository.ts';
import { API_KEY_PREFIX, hashSecret } from './principals.ts';

/** API keys for integrations: scoped, shown once, stored as a hash, revocable. */
export const apiKeyService = {
  /**
   * Creates a key acting for `auth`'s user with `scopes`, none beyond what that user may do.
   * Returns the secret once; only its hash is kept.
   */
  async create(tx: TenantTx, auth: AdminAuth, input: { name: string; scopes: Permission[] }) {
    const beyond = input.scopes.filter((s) => !auth.permissions.has(s));
    if (beyond.length > 0) throw forbidden(`You cannot grant ${beyond.join(', ')}`, beyond[0]);
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const row = await repo.insertApiKey(tx, {
      name: input.name,
      prefix: key.slice(0, API_KEY_PREFIX.length + 6),
      secretHash: hashSecret(key),
      scopes: [...new Set(input.scopes)],
      createdBy: auth.userId,
    });
    return { ...row, key };
  },

  async list(tx: TenantTx) {
    return { data: await repo.listApiKeys(tx) };
  },

  async get(tx: TenantTx, id: string) {
    const row = await repo.getApiKey(tx, id);
    if (!row) throw notFound('API key');
    return row;
  },

  /** Revokes a key at once (the next request with it is 401); revoking twice is harmless. */
  async revoke(tx: TenantTx, id: string) {
    const existing = await repo.getApiKey(tx, id);
    if (!existing) throw notFound('API key');
    return existing.revokedAt ? existing : ((await repo.revokeApiKey(tx, id)) ?? existing);
  },
};
