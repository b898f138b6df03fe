import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../../platform/db/pool.ts';
import { jsonText, type Reply, type ResolvedStore, type StorefrontRead } from '../../platform/http/route.ts';
import type { KeyValueStore } from '../../platform/kv/kv.ts';
import { LocalTier } from '../../platform/kv/local-tier.ts';
import type { PubSub } from '../../platform/kv/pubsub.ts';
import type { SearchLog } from './search-log.ts';

/** How long an entry lives at most: a safety net for changes that bypass the HTTP API (jobs). */
const ENTRY_TTL_SECONDS = 60;
/** Memory for the in-process copies of entries, per process. */
const LOCAL_BYTES = 64 * 1024 * 1024;

/**
 * A cached reply: the catalog version and the stamp counter it was read under, what it shows that
 * moves without a catalog change (the ids of the variants whose stock it shows, and `SALES_RANKING`
 * when it ranks listings by sales), its ETag, its `total` (searches), its body.
 */
type CachedPage = {
  version: string;
  counter: number;
  shows: string[];
  etag: string;
  total: string;
  body: string;
  /** This process's `stamps.drops` when the stamps last showed it current (not stored in Redis). */
  checked?: number;
};
/** How long a last change is remembered: longer than any entry lives. */
const STAMP_TTL_SECONDS = 2 * ENTRY_TTL_SECONDS;
/** How often a tenant's next cart-hold lapse is looked up again for entry lifetimes. */
const HOLD_LOOKUP_MS = 5_000;
const CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=120';

/**
 * The headers of a page a shared cache (a CDN) may keep for a while, as this cache keeps it: how
 * it was answered and its ETag. Only a 200 gets them. A 404 or a 503 (the database restarting)
 * kept for 30 s would outlive its cause; problem replies say `no-store` (`sendProblem`).
 */
const shareable = (answered: 'HIT' | 'MISS' | 'BYPASS', etag: string) => ({
  'Cache-Control': CACHE_CONTROL,
  'X-Cache': answered,
  ETag: etag,
});

/** The reads that are a shopper's searches (logged on hits too), by their route. */
export const LOGGED_SEARCHES = new Set([
  '/api/storefront/:domain/products',
  '/api/storefront/:domain/search',
]);
const ADMIN_WRITE = /^\/(api\/(stores|inventory)\/|graphql$)/;
const STOREFRONT_WRITE = /^\/api\/storefront\/([^/]+)\//;
/** The page that ranks listings by what sold (best sellers, bought together): orders move it. */
export const RANKED_BY_SALES = '/api/storefront/:domain/products/:slug/recommendations';
const SALES_RANKING = 'sales';
/**
 * A shopper's writes that change no catalog page by themselves: their records, analytics, carts,
 * orders and payments. What carts and orders do to stock reaches the cache as inventory events,
 * for the variants they moved (`invalidateStock`). Reviews are not among them: they change pages.
 */
const SHOPPER_WRITE =
  /^\/api\/storefront\/[^/]+\/(account|auth|cart|checkout|customers|events|orders|pay|recently-viewed|webhooks|wishlist)(\/|$)/;

type Deps = {
  kv: KeyValueStore;
  /** Keeps each process's in-memory tiers coherent with the others (versions, stamps, entries). */
  pubsub: PubSub;
  db: Db;
  resolve(hostname: string): Promise<ResolvedStore>;
  /** Any bearer credential (token or API key) to the tenant it acts in. */
  verifyToken(token: string): Promise<{ tenantId: string }>;
  /** Every read from the database, kept as a miss's is (`STOREFRONT_CACHE=refresh`); none answered from the cache. */
  refresh?: boolean;
  /**
   * Cart holds lapse without any write, and stock shown to shoppers changes then, so no entry may
   * live past the tenant's next lapse (`nextExpiry`). Every hold is made for `ttlSeconds`. Absent:
   * entries live their full TTL.
   */
  holds?: { nextExpiry(tenantId: string): Promise<Date | null>; ttlSeconds: number };
  /** Searches answered from the cache are still the shopper's searches. */
  searchLog: SearchLog;
  /** Called after a successful write to an inventory product, before the cache is invalidated. */
  onProductWrite?(tenantId: string, productId: string): Promise<void>;
};
/**
 * The request's whole path wherever it is asked: inside a handler mounted at a prefix (`/graphql`)
 * `req.path` is only what follows the prefix, up to the moment the reply ends.
 */
const pathOf = (req: Request) => req.originalUrl.split('?')[0] ?? '';
const INVENTORY_PRODUCT = /^\/api\/inventory\/products\/([0-9a-f-]{36})(\/|$)/i;

/**
 * Per-tenant cache of storefront catalog reads in the key-value store (Redis), with ETag/304 and
 * CDN headers, kept coherent two ways:
 * - Every entry carries the tenant's catalog version. A write that can change what any page shows
 *   (the catalog, a product, a review) bumps it once its transaction has committed.
 * - Stock moves (carts, checkout, receipts, lapsed holds) reach the cache as inventory events and
 *   invalidate only the entries that show a variant they moved (`invalidateStock`): each move
 *   stamps its variants with the tenant's stamp counter, and an entry read under an older counter
 *   is stale if anything it shows has a newer stamp. Orders stamp the sales ranking, which only
 *   recommendations show (`invalidateSalesRanking`). A store in the middle of a sale keeps every
 *   other page cached.
 * The version and the counter are read before the database is, so an entry never claims to be
 * newer than the data it holds.
 */
export function createStorefrontCache(deps: Deps) {
  const versionKey = (tenantId: string) => `catalog:ver:${tenantId}`;
  const counterKey = (tenantId: string) => `catalog:stamps:${tenantId}`;
  const stampKey = (tenantId: string, shown: string) => `catalog:stamp:${tenantId}:${shown}`;

  /** Never throws: while Redis is away the bump is kept and applied when it returns. */
  async function invalidateTenant(tenantId: string) {
    await deps.kv.bump(versionKey(tenantId));
    await versions.invalidate([tenantId]);
  }

  /** Stock of these variants moved: the entries that show one of them go, the others stay. */
  const invalidateStock = (tenantId: string, variantIds: readonly string[]) =>
    stampMoved(tenantId, variantIds);
  /** Orders were placed: best sellers and "bought together" moved. */
  const invalidateSalesRanking = (tenantId: string) => stampMoved(tenantId, [SALES_RANKING]);

  async function stampMoved(tenantId: string, moved: readonly string[]) {
    if (moved.length === 0) return;
    const keys = moved.map((v) => stampKey(tenantId, v));
    const stamped = await deps.kv.stamp(counterKey(tenantId), keys, STAMP_TTL_SECONDS).then(
      () => true,
      () => false,
    );
    // Without Redis the whole tenant goes, once it is back (`bump` keeps it until then).
    if (!stamped) return invalidateTenant(tenantId);
    await stamps.invalidate(keys);
  }

  const holdLookups = new Map<string, { next: Date | null; at: number }>();

  /**
   * Seconds an entry may live: the full TTL, or less when a cart hold lapses sooner (0: none). The
   * next lapse is looked up at most every HOLD_LOOKUP_MS per tenant, not on every miss: a hold made
   * since the look-up lapses no sooner than the look-up time plus the hold TTL, which also bounds
   * the entry.
   */
  async function entryTtl(tenantId: string): Promise<number> {
    const holds = deps.holds;
    if (!holds) return ENTRY_TTL_SECONDS;
    const now = Date.now();
    let seen = holdLookups.get(tenantId);
    if (!seen || now - seen.at > HOLD_LOOKUP_MS || (seen.next && seen.next.getTime() <= now)) {
      seen = { next: await holds.nextExpiry(tenantId), at: now };
      holdLookups.set(tenantId, seen);
    }
    const bound = Math.min(
      seen.next?.getTime() ?? Number.POSITIVE_INFINITY,
      seen.at + holds.ttlSeconds * 1000,
    );
    return Math.min(ENTRY_TTL_SECONDS, Math.floor((bound - now) / 1000));
  }

  // In-process copies in front of Redis: the tenant's version (dropped in every process when it
  // is bumped) and the entries themselves, good while their version is the tenant's.
  const versions = new LocalTier<string>(deps.pubsub, 'catalog:versions', 1024 * 1024);
  const pages = new LocalTier<CachedPage>(
    deps.pubsub,
    'catalog:pages',
    LOCAL_BYTES,
    (p) => p.body.length + 8 * p.shows.length + 64,
  );
  /** The last change of each variant's stock and of the sales ranking (the counter then; 0: none lately). */
  const stamps = new LocalTier<number>(deps.pubsub, 'catalog:stamps', 8 * 1024 * 1024);

  /**
   * Whether nothing the entry shows has moved since it was read; undefined: not known here.
   * Checked again only once a stamp has been dropped in this process since the last check (a hit
   * on a list of 20 listings would otherwise look up 20 stamps).
   */
  function unmoved(tenantId: string, page: CachedPage): boolean | undefined {
    if (page.checked === stamps.drops) return true;
    let known = true;
    for (const shown of page.shows) {
      const stamp = stamps.get(stampKey(tenantId, shown));
      if (stamp === undefined) known = false;
      else if (stamp > page.counter) return false;
    }
    if (!known) return undefined;
    page.checked = stamps.drops;
    return true;
  }

  /** `unmoved`, asking Redis for the stamps this process does not have (then keeping them). */
  async function unmovedAnywhere(tenantId: string, page: CachedPage): Promise<boolean> {
    const here = unmoved(tenantId, page);
    if (here !== undefined) return here;
    const keys = page.shows.map((v) => stampKey(tenantId, v));
    const generations = keys.map((k) => stamps.generation(k));
    const values = await deps.kv.getMany(keys).catch(() => null);
    if (!values) return false;
    keys.forEach((key, i) => {
      stamps.set(key, Number(values[i] ?? 0), STAMP_TTL_SECONDS * 1000, generations[i] as number);
    });
    return values.every((v) => Number(v ?? 0) <= page.counter);
  }

  /** The entry, when this process holds it and knows it current (no Redis asked). */
  function near(tenantId: string, key: string): CachedPage | undefined {
    const version = versions.get(tenantId);
    const page = pages.get(key);
    return version !== undefined && page?.version === version && unmoved(tenantId, page) ? page : undefined;
  }

  type Found = { version: string; counter: number; hit?: CachedPage };
  /** The tenant's version and the entry, from this process if it has both, else from Redis. */
  async function lookup(tenantId: string, key: string): Promise<Found | null> {
    const page = near(tenantId, key);
    if (page) return { version: page.version, counter: page.counter, hit: page };
    const generation = versions.generation(tenantId);
    const pageGeneration = pages.generation(key);
    // One command; a cache that cannot be reached is a miss that stores nothing.
    const far = await deps.kv.getMany([versionKey(tenantId), counterKey(tenantId), key]).catch(() => null);
    if (!far) return null;
    const version = far[0] ?? '0';
    const counter = Number(far[1] ?? 0);
    versions.set(tenantId, version, ENTRY_TTL_SECONDS * 1000, generation);
    const hit = far[2] ? parse(far[2]) : undefined;
    if (hit?.version !== version || !(await unmovedAnywhere(tenantId, hit))) return { version, counter };
    // The in-process copy lives no longer than the tenant's next hold lapse allows.
    pages.set(key, hit, (await entryTtl(tenantId)) * 1000, pageGeneration);
    return { version, counter, hit };
  }

  const parse = (raw: string): CachedPage => {
    const [version = '', counter = '0', shows = '', etag = '', total = '', ...rest] = raw.split('\n');
    const shown = shows === '' ? [] : shows.split(',');
    return { version, counter: Number(counter), shows: shown, etag, total, body: rest.join('\n') };
  };
  const serialize = (p: CachedPage) =>
    `${p.version}\n${p.counter}\n${p.shows.join(',')}\n${p.etag}\n${p.total}\n${p.body}`;

  /** Stores the reply as the entry for `key` (in Redis and this process), unless it lapses at once. */
  function keep(tenantId: string, key: string, page: CachedPage, generation: number) {
    void entryTtl(tenantId)
      .then(async (ttl) => {
        if (ttl <= 0) return;
        pages.set(key, page, ttl * 1000, generation);
        await deps.kv.set(key, serialize(page), ttl);
      })
      .catch(() => {});
  }

  /**
   * The route runner's cache for `cache: 'storefront'` routes (see StorefrontReadCache). An entry is
   * the read as the route parsed it, not its URL: a parameter the route does not know cannot make
   * a new entry (nor read past the cache), and `?offset=0&q=mug` is `?q=mug`. A request's own
   * `Cache-Control: no-cache` is not honoured: fetch() adds it to every `cache: 'no-store'` request
   * and to conditional ones, so it would send ordinary clients past the cache (CDNs ignore it too).
   */
  async function serve(
    store: ResolvedStore,
    asked: StorefrontRead,
    res: Response,
    read: () => Promise<Reply>,
  ) {
    const key = keyOf(store, asked);
    const generation = pages.generation(key);
    const found = await lookup(store.tenantId, key);
    const hit = deps.refresh ? undefined : found?.hit;
    // Added to what CORS varies on (`Origin`): a shared cache must not give one origin's reply to another.
    res.vary('Accept-Encoding');
    if (hit) {
      served(store, asked, hit);
      return jsonText(hit.body, shareable('HIT', hit.etag));
    }
    const reply = await read();
    if (reply.status !== 200 || (reply.body === undefined && reply.json === undefined)) return reply;
    const body = reply.json ?? JSON.stringify(reply.body);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const facts = builtFacts.get(reply);
    const value = facts ? undefined : (reply.body ?? JSON.parse(body));
    const total = facts ? facts.total : (value as { total?: unknown }).total;
    if (found)
      keep(
        store.tenantId,
        key,
        {
          version: found.version,
          counter: found.counter,
          shows: [
            ...(facts ? facts.variantIds : variantsShown(value)),
            ...(asked.route === RANKED_BY_SALES ? [SALES_RANKING] : []),
          ],
          etag,
          total: typeof total === 'number' ? String(total) : '',
          body,
        },
        generation,
      );
    return jsonText(body, { ...reply.headers, ...shareable(found ? 'MISS' : 'BYPASS', etag) });
  }

  const keyOf = (store: ResolvedStore, asked: StorefrontRead) => {
    const identity = `${asked.route}\n${JSON.stringify(asked.params ?? {})}\n${JSON.stringify(asked.query ?? {})}`;
    return `catalog:sf:${store.tenantId}:${store.storeId}:${createHash('sha1').update(identity).digest('base64url')}`;
  };

  /** What answering from an entry does besides the reply: a search is still the shopper's search. */
  function served(store: ResolvedStore, asked: StorefrontRead, hit: CachedPage) {
    if (hit.total === '' || !LOGGED_SEARCHES.has(asked.route)) return;
    const { q, offset } = asked.query as { q?: string; offset?: number };
    deps.searchLog.record(store, q, offset, Number(hit.total));
  }

  /**
   * The reply this process can give now from its own copy (no Redis, no database), with the headers
   * `serve` would set, or undefined. `take` records what a hit records; call it when answering.
   */
  function heldHere(store: ResolvedStore, asked: StorefrontRead) {
    const hit = deps.refresh ? undefined : near(store.tenantId, keyOf(store, asked));
    if (!hit) return undefined;
    return {
      body: hit.body,
      headers: shareable('HIT', hit.etag),
      take: () => served(store, asked, hit),
    };
  }

  /** The tenant a write belongs to: its bearer token's tenant, or the store of its domain. */
  async function tenantOfWrite(req: Request): Promise<string | null> {
    const header = req.headers.authorization;
    const token = header?.toLowerCase().startsWith('bearer ') ? header.slice(7) : null;
    const path = pathOf(req);
    if (SHOPPER_WRITE.test(path)) return null;
    const storefront = STOREFRONT_WRITE.exec(path);
    if (storefront?.[1]) return (await deps.resolve(decodeURIComponent(storefront[1]))).tenantId;
    if (token && ADMIN_WRITE.test(path)) return (await deps.verifyToken(token)).tenantId;
    return null;
  }

  /**
   * Bumps the tenant's version when a write succeeds, before its response leaves: the route runner
   * has committed by the time it ends the response, and a client that reads right after its own
   * write must not be served the old entry.
   */
  function invalidateOnWrite(req: Request, res: Response, next: NextFunction) {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const isQuery = pathOf(req) === '/graphql' && !/\bmutation\b/.test(JSON.stringify(req.body ?? ''));
      if (!ok || isQuery) return end(...args);
      tenantOfWrite(req)
        .then(async (tenantId) => {
          if (!tenantId) return;
          const product = INVENTORY_PRODUCT.exec(pathOf(req))?.[1];
          if (product && deps.onProductWrite) await deps.onProductWrite(tenantId, product);
          await invalidateTenant(tenantId);
        })
        .catch(() => {})
        .finally(() => end(...args));
      return res;
    }) as typeof res.end;
    next();
  }

  return { serve, heldHere, invalidateOnWrite, invalidateTenant, invalidateStock, invalidateSalesRanking };
}

/** What the cache keeps of a reply built as JSON text: its total (a list page's; searches are logged on hits) and its variants. */
const builtFacts = new WeakMap<Reply, { total?: number; variantIds: readonly string[] }>();

/**
 * A storefront page's reply, sent as the JSON text it was built as in SQL (a list page's
 * `StorefrontService.products`, a product page's `.product`), with what the cache keeps of it.
 */
export function builtPageReply(page: { json: string; total?: number; variantIds: readonly string[] }) {
  const reply = jsonText(page.json);
  builtFacts.set(reply, { total: page.total, variantIds: page.variantIds });
  return reply;
}

/** The variants whose stock a reply shows: every `variants[].id` in it (its listings', wherever they sit). */
function variantsShown(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) variantsShown(item, into);
  else if (value !== null && typeof value === 'object')
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'variants' && Array.isArray(inner)) {
        for (const variant of inner) {
          const id = (variant as { id?: unknown } | null)?.id;
          if (typeof id === 'string') into.add(id);
        }
      } else if (inner !== null && typeof inner === 'object') variantsShown(inner, into);
    }
  return into;
}
export type StorefrontCache = ReturnType<typeof createStorefrontCache>;
