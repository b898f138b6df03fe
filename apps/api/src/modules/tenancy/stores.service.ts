import type { Updateable } from 'kysely';
import { afterCommit, type TenantTx } from '../../platform/db/pool.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { type ListQuery, listEnvelope, parseSort, slugify } from '../../platform/http/schemas.ts';
import { type DomainService, duplicateDomain } from './domains.service.ts';
import type { StoreResolver } from './store-resolver.ts';
import * as repo from './stores.repository.ts';
import { toPublicSettings, toStoreDto } from './tenancy.dto.ts';
import { type StoresTable, tenancyWrites } from './tenancy.schema.ts';
import type { CreateStoreInput, UpdateStoreInput } from './tenancy.validators.ts';

export type StoreService = ReturnType<typeof createStoreService>;

function toColumns(input: UpdateStoreInput): Updateable<StoresTable> {
  const { socialLinks, settings, ...rest } = input;
  return {
    ...rest,
    ...(socialLinks !== undefined ? { socialLinks: JSON.stringify(socialLinks) } : {}),
    ...(settings !== undefined ? { settings: JSON.stringify(settings) } : {}),
  };
}

/**
 * Stores of a tenant: each has a platform-unique domain and optional custom domain; a hostname
 * outside PLATFORM_DOMAIN routes only once verified (see domains.service.ts).
 */
export function createStoreService(deps: {
  platformDomain: string;
  resolver: StoreResolver;
  domains: DomainService;
}) {
  return {
    /** Creates a store; without a `domain` it gets `<slug-of-name>.<PLATFORM_DOMAIN>`. */
    async createStore(tx: TenantTx, input: CreateStoreInput) {
      const { name, domain, customDomain, ...fields } = input;
      const hostname = domain ?? `${slugify(name) || 'store'}.${deps.platformDomain}`;
      if (customDomain && customDomain === hostname) throw duplicateDomain(customDomain);
      const row = await repo.insertStore(tx, {
        name,
        domain: hostname,
        customDomain: customDomain ?? null,
        fields: toColumns(fields),
      });
      await deps.domains.assign(tx, row.id, 'PRIMARY', hostname);
      if (customDomain) await deps.domains.assign(tx, row.id, 'CUSTOM', customDomain);
      await tenancyWrites(tx)
        .insertInto('storeThemes')
        .values({ storeId: row.id, name: 'Classic', isActive: true, settings: '{}' })
        .execute();
      await recordEvent(tx, 'store.created', { storeId: row.id });
      afterCommit(tx, () => deps.resolver.forget([hostname, customDomain ?? null]));
      return toStoreDto(row);
    },

    async getStore(tx: TenantTx, id: string) {
      const row = await repo.findStore(tx, id);
      if (!row) throw notFound('Store');
      return toStoreDto(row);
    },

    /** The tenant's stores, or only `storeIds` for a user scoped to some stores. */
    async listStores(tx: TenantTx, q: ListQuery, storeIds: readonly string[] | null = null) {
      const { field, direction } = parseSort<'name' | 'createdAt'>(q.sort, 'createdAt');
      const { rows, total } = await repo.listStores(tx, {
        ...q,
        storeIds,
        sortField: field,
        desc: direction === 'desc',
      });
      return listEnvelope(rows.map(toStoreDto), total, q);
    },

    async updateStore(tx: TenantTx, id: string, input: UpdateStoreInput) {
      const before = await repo.findStore(tx, id);
      if (!before) throw notFound('Store');
      if (before.status === 'ARCHIVED')
        throw conflict('STORE_ARCHIVED', 'Restore the store before changing it');
      const domain = input.domain;
      const customDomain = input.customDomain;
      if (customDomain && customDomain === (domain ?? before.domain)) throw duplicateDomain(customDomain);
      if (domain && customDomain === undefined && domain === before.customDomain)
        throw duplicateDomain(domain);
      if (domain !== undefined && domain !== before.domain)
        await deps.domains.assign(tx, id, 'PRIMARY', domain);
      if (customDomain !== undefined && customDomain !== before.customDomain)
        await deps.domains.assign(tx, id, 'CUSTOM', customDomain);
      const row = await repo.updateStore(tx, id, toColumns(input));
      if (!row) throw notFound('Store');
      await recordEvent(tx, 'store.updated', { storeId: id });
      afterCommit(tx, () =>
        deps.resolver.forget([before.domain, before.customDomain, row.domain, row.customDomain]),
      );
      return toStoreDto(row);
    },

    /** Public settings of a store and its active theme, for `/api/storefront/:domain/settings`. */
    async storefrontSettings(tx: TenantTx, storeId: string) {
      const [store, theme] = await Promise.all([
        repo.findStore(tx, storeId),
        repo.findActiveTheme(tx, storeId),
      ]);
      if (!store) throw notFound('Store');
      return toPublicSettings(store, theme);
    },
  };
}
