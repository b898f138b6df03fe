import type { Db } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import type { ResolvedStore } from '../../platform/http/route.ts';
import { Hostname } from '../../platform/http/schemas.ts';
import type { KeyValueStore } from '../../platform/kv/kv.ts';
import { LocalTier } from '../../platform/kv/local-tier.ts';
import type { PubSub } from '../../platform/kv/pubsub.ts';
import { resolveHostname } from './stores.repository.ts';

export type StoreResolver = ReturnType<typeof createStoreResolver>;

const POSITIVE_TTL = 300;
const NEGATIVE_TTL = 15;

/**
 * Hostname → active store, for storefront requests. Cached in the process (kept coherent over
 * pub/sub) and in the key-value store (Redis when configured); the store service forgets a
 * hostname whenever a store's domains or status change.
 */
export function createStoreResolver(db: Db, kv: KeyValueStore, pubsub: PubSub) {
  const key = (hostname: string) => `host:${hostname}`;
  const local = new LocalTier<ResolvedStore | null>(pubsub, 'tenancy:hosts', 4 * 1024 * 1024, () => 160);

  async function lookup(hostname: string): Promise<ResolvedStore | null> {
    const route = await db.withPublic((tx) => resolveHostname(tx, hostname));
    if (!route) return null;
    const store = await db.withTenant(route.tenantId, (tx) =>
      tx.selectFrom('stores').select('status').where('id', '=', route.storeId).executeTakeFirst(),
    );
    if (store?.status !== 'ACTIVE') return null;
    return { tenantId: route.tenantId, storeId: route.storeId, hostname };
  }

  /** The hostname as stores are found by, or null when it cannot be one. */
  const hostnameOf = (raw: string) => {
    const parsed = Hostname.safeParse(raw.replace(/:\d+$/, ''));
    return parsed.success ? parsed.data : null;
  };

  return {
    /** The active store serving `hostname`; unknown or inactive stores are 404. */
    async resolve(raw: string): Promise<ResolvedStore> {
      const hostname = hostnameOf(raw);
      if (hostname === null) throw notFound('Store');
      const near = local.get(hostname);
      if (near) return near;
      if (near === null) throw notFound('Store');
      const generation = local.generation(hostname);
      // The cache is optional: when Redis is away, the database answers and nothing is stored.
      const cached = await kv.get(key(hostname)).catch(() => undefined);
      const resolved =
        typeof cached === 'string' ? (JSON.parse(cached) as ResolvedStore | null) : await lookup(hostname);
      if (cached === null)
        await kv
          .set(key(hostname), JSON.stringify(resolved), resolved ? POSITIVE_TTL : NEGATIVE_TTL)
          .catch(() => {});
      local.set(hostname, resolved, (resolved ? POSITIVE_TTL : NEGATIVE_TTL) * 1000, generation);
      if (!resolved) throw notFound('Store');
      return resolved;
    },

    /** The store `resolve` would give, when this process knows it without asking anyone; else undefined. */
    knownHere(raw: string): ResolvedStore | undefined {
      const hostname = hostnameOf(raw);
      return hostname === null ? undefined : (local.get(hostname) ?? undefined);
    },

    async forget(hostnames: Array<string | null | undefined>) {
      const known = hostnames.filter((h): h is string => !!h);
      await kv.forget(known.map(key));
      await local.invalidate(known);
    },
  };
}
