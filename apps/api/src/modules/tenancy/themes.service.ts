import { sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { type ListQuery, listEnvelope } from '../../platform/http/schemas.ts';
import { toThemeDto } from './tenancy.dto.ts';
import { type StoreThemesTable, tenancyWrites } from './tenancy.schema.ts';
import type { ThemeInput } from './tenancy.validators.ts';

function toColumns(input: ThemeInput): Updateable<StoreThemesTable> {
  const { customCSS, customJS, settings, ...rest } = input;
  return {
    ...rest,
    ...(customCSS !== undefined ? { customCss: customCSS } : {}),
    ...(customJS !== undefined ? { customJs: customJS } : {}),
    ...(settings !== undefined ? { settings: JSON.stringify(settings) } : {}),
  };
}

/**
 * Activating a theme deactivates the store's other themes (the database allows one active).
 * Activations of one store queue on a lock, so concurrent ones end with the last one active
 * instead of a unique violation.
 */
export async function deactivateOthers(tx: TenantTx, storeId: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`theme-activation:${storeId}`}, 0))`.execute(tx);
  await tenancyWrites(tx)
    .updateTable('storeThemes')
    .set({ isActive: false })
    .where('storeId', '=', storeId)
    .where('isActive', '=', true)
    .execute();
}

const themeQuery = (tx: TenantTx, storeId: string, id: string) =>
  tx.selectFrom('storeThemes').selectAll().where('storeId', '=', storeId).where('id', '=', id);

/** StoreTheme CRUD under `/api/stores/:storeId/themes`. */
export const themeService = {
  async list(tx: TenantTx, storeId: string, q: ListQuery) {
    const base = tx.selectFrom('storeThemes').where('storeId', '=', storeId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('createdAt').orderBy('id').limit(q.limit).offset(q.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return listEnvelope(rows.map(toThemeDto), Number(count.n), q);
  },

  async get(tx: TenantTx, storeId: string, id: string) {
    const row = await themeQuery(tx, storeId, id).executeTakeFirst();
    if (!row) throw notFound('Theme');
    return toThemeDto(row);
  },

  async create(tx: TenantTx, storeId: string, input: ThemeInput & { name: string }) {
    if (input.isActive) await deactivateOthers(tx, storeId);
    const row = await tenancyWrites(tx)
      .insertInto('storeThemes')
      .values({ storeId, settings: '{}', ...toColumns(input), name: input.name })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(tx, 'store.theme.changed', { storeId, themeId: row.id });
    return toThemeDto(row);
  },

  async update(tx: TenantTx, storeId: string, id: string, input: ThemeInput) {
    if (input.isActive) await deactivateOthers(tx, storeId);
    const patch = toColumns(input);
    const row =
      Object.keys(patch).length === 0
        ? await themeQuery(tx, storeId, id).executeTakeFirst()
        : await tenancyWrites(tx)
            .updateTable('storeThemes')
            .set(patch)
            .where('storeId', '=', storeId)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst();
    if (!row) throw notFound('Theme');
    await recordEvent(tx, 'store.theme.changed', { storeId, themeId: id });
    return toThemeDto(row);
  },

  async remove(tx: TenantTx, storeId: string, id: string) {
    const row = await tenancyWrites(tx)
      .deleteFrom('storeThemes')
      .where('storeId', '=', storeId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('Theme');
    await recordEvent(tx, 'store.theme.changed', { storeId, themeId: id });
  },
};
