import { isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import type { AdminAuth } from '../../platform/http/route.ts';
import { builtInViews, isBuiltInId, isBuiltInName } from './saved-views.built-in.ts';
import { type SavedViewDto, toSavedViewDto } from './saved-views.dto.ts';
import { builtInView, builtInViewName, duplicateViewName, notYourView } from './saved-views.errors.ts';
import { savedViewsRepository as repo } from './saved-views.repository.ts';
import type { CreateSavedViewInput, UpdateSavedViewInput, ViewResource } from './saved-views.validators.ts';

/** Runs a write that may clash with another of the user's views by name: 409 with the field error. */
async function nameGuard<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (name !== undefined && isUniqueViolation(err)) throw duplicateViewName(name);
    throw err;
  }
}

/**
 * The caller's own view by id, for a change. Another user's shared view is 403 (the caller sees
 * it); another user's private view is 404, as one of another tenant's (RLS hides those).
 */
async function ownView(tx: TenantTx, auth: AdminAuth, id: string) {
  if (isBuiltInId(id)) throw builtInView();
  const row = await repo.get(tx, id);
  if (!row || (row.userId !== auth.userId && !row.shared)) throw notFound('Saved view');
  if (row.userId !== auth.userId) throw notYourView();
  return row;
}

async function reload(tx: TenantTx, auth: AdminAuth, id: string): Promise<SavedViewDto> {
  const row = await repo.get(tx, id);
  if (!row) throw notFound('Saved view');
  return toSavedViewDto(row, auth.userId);
}

/** Saved views of the admin's lists: a user's named filter sets, private or shared with the team. */
export const savedViewsService = {
  /** The built-in views, the caller's own and the team's shared ones, for one list. */
  async list(tx: TenantTx, auth: AdminAuth, resource: ViewResource) {
    const rows = await repo.listVisible(tx, auth.userId, resource);
    return { data: [...builtInViews(resource), ...rows.map((r) => toSavedViewDto(r, auth.userId))] };
  },

  /** Saves the caller's filter set under a name no other of their views (or a built-in) has. */
  async create(tx: TenantTx, auth: AdminAuth, input: CreateSavedViewInput) {
    if (isBuiltInName(input.resource, input.name)) throw builtInViewName(input.name);
    const { id } = await nameGuard(input.name, () => repo.insert(tx, { userId: auth.userId, ...input }));
    return reload(tx, auth, id);
  },

  /** Renames, re-filters or (un)shares one of the caller's own views. */
  async update(tx: TenantTx, auth: AdminAuth, id: string, input: UpdateSavedViewInput) {
    const row = await ownView(tx, auth, id);
    if (input.name !== undefined && isBuiltInName(row.resource, input.name))
      throw builtInViewName(input.name);
    await nameGuard(input.name, () => repo.update(tx, id, input));
    return reload(tx, auth, id);
  },

  /** Deletes one of the caller's own views. */
  async remove(tx: TenantTx, auth: AdminAuth, id: string) {
    await ownView(tx, auth, id);
    await repo.remove(tx, id);
  },
};
