import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { SavedViewRow } from './saved-views.dto.ts';
import { savedViewsWrites, type ViewFilters } from './saved-views.schema.ts';

const selectViews = (tx: TenantTx) =>
  tx
    .selectFrom('savedViews as v')
    .innerJoin('users as u', (j) => j.onRef('u.tenantId', '=', 'v.tenantId').onRef('u.id', '=', 'v.userId'))
    .select([
      'v.id',
      'v.userId',
      'v.resource',
      'v.name',
      'v.filters',
      'v.shared',
      'v.createdAt',
      'u.name as ownerName',
      'u.email as ownerEmail',
    ]);

/** SQL of saved views. No rules here: who may see or change what is the service's. */
export const savedViewsRepository = {
  /** A user's own views of a resource, then the team's shared ones, oldest first in each. */
  listVisible: (tx: TenantTx, userId: string, resource: string): Promise<SavedViewRow[]> =>
    selectViews(tx)
      .where('v.resource', '=', resource)
      .where((w) => w.or([w('v.userId', '=', userId), w('v.shared', '=', true)]))
      .orderBy(sql`v.user_id = ${userId}`, 'desc')
      .orderBy('v.createdAt')
      .orderBy('v.id')
      .execute(),

  get: (tx: TenantTx, id: string): Promise<SavedViewRow | undefined> =>
    selectViews(tx).where('v.id', '=', id).executeTakeFirst(),

  insert: (
    tx: TenantTx,
    row: { userId: string; resource: string; name: string; filters: ViewFilters; shared: boolean },
  ) =>
    savedViewsWrites(tx)
      .insertInto('savedViews')
      .values({ ...row, filters: JSON.stringify(row.filters) })
      .returning('id')
      .executeTakeFirstOrThrow(),

  update: (tx: TenantTx, id: string, changes: { name?: string; filters?: ViewFilters; shared?: boolean }) =>
    savedViewsWrites(tx)
      .updateTable('savedViews')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.filters !== undefined ? { filters: JSON.stringify(changes.filters) } : {}),
        ...(changes.shared !== undefined ? { shared: changes.shared } : {}),
      })
      .where('id', '=', id)
      .execute(),

  remove: (tx: TenantTx, id: string) =>
    savedViewsWrites(tx).deleteFrom('savedViews').where('id', '=', id).execute(),
};
