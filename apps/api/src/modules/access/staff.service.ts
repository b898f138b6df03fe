import { ROLE_PERMISSIONS, type Role } from '../../platform/auth/permissions.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { AdminAuth } from '../../platform/http/route.ts';
import { accessWrites } from './access.schema.ts';

type UserRow = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  storeIds: string[] | null;
  createdAt: Date;
};
const columns = ['id', 'email', 'name', 'role', 'storeIds', 'createdAt'] as const;

export const toUserDto = (u: UserRow) => ({ ...u, permissions: [...ROLE_PERMISSIONS[u.role]] });

/** Every id must be a store of this tenant (RLS hides the others), or the request is 400. */
export async function assertTenantStores(tx: TenantTx, storeIds: readonly string[] | null | undefined) {
  if (!storeIds || storeIds.length === 0) return;
  const found = await tx
    .selectFrom('stores')
    .select('id')
    .where('id', 'in', [...storeIds])
    .execute();
  const known = new Set(found.map((s) => s.id));
  const missing = storeIds.findIndex((id) => !known.has(id.toLowerCase()));
  if (missing >= 0)
    throw invalid('Unknown store', [{ path: `storeIds.${missing}`, message: 'no such store' }]);
}

async function loadEditable(tx: TenantTx, auth: AdminAuth, id: string) {
  const user = await tx.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  if (!user) throw notFound('User');
  if (user.role === 'OWNER') throw forbidden('The owner cannot be changed or removed here');
  if (user.id === auth.userId) throw forbidden('You cannot change or remove yourself');
  return user;
}

/** Staff of a tenant: list, change role and stores, remove. */
export const staffService = {
  async list(tx: TenantTx) {
    const rows = await tx.selectFrom('users').select(columns).orderBy('createdAt').orderBy('id').execute();
    return { data: rows.map(toUserDto), total: rows.length, limit: rows.length, offset: 0 };
  },

  async get(tx: TenantTx, id: string) {
    const user = await tx.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
    if (!user) throw notFound('User');
    return toUserDto(user);
  },

  /** Changes another user's role, stores or name (never the owner's, never one's own). */
  async update(
    tx: TenantTx,
    auth: AdminAuth,
    id: string,
    input: { name?: string | null; role?: 'ADMIN' | 'STAFF'; storeIds?: string[] | null },
  ) {
    await loadEditable(tx, auth, id);
    await assertTenantStores(tx, input.storeIds);
    const updated = await accessWrites(tx)
      .updateTable('users')
      .set(input)
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toUserDto(updated);
  },

  /** Removes a user: their sessions stop at the next request, their API keys go with them. */
  async remove(tx: TenantTx, auth: AdminAuth, id: string) {
    await loadEditable(tx, auth, id);
    await accessWrites(tx).deleteFrom('users').where('id', '=', id).execute();
  },
};
