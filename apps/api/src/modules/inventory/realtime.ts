import type { Response } from 'express';
import { z } from 'zod';
import type { Db, TenantTx } from '../../platform/db/pool.ts';
import { invalid } from '../../platform/errors.ts';
import { type RouteDef, storefrontRoute } from '../../platform/http/route.ts';
import type { NonEmpty, OutboxEvent } from '../../platform/jobs/index.ts';
import type { PubSub } from '../../platform/kv/pubsub.ts';
import { loadProducts } from './product-reads.ts';
import { bundlesContaining } from './products.repository.ts';

/** Availability of one product after a change, as published to every API process. */
export type StockUpdate = {
  productId: string;
  available: number;
  variants: { variantId: string; available: number }[];
};
export type ListingTarget = { listingId: string; productId: string; variantId?: string | null };
/** Maps storefront listing ids to inventory products (the catalog module plugs this in). */
export type ListingResolver = (
  tx: TenantTx,
  storeId: string,
  listingIds: string[],
) => Promise<ListingTarget[]>;

const channel = (tenantId: string) => `stock:${tenantId}`;
const MAX_IDS = 200;
const idList = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  )
  .pipe(z.array(z.uuid({ message: 'must be comma-separated UUIDs' })).max(MAX_IDS));
const StreamQuery = z.object({ listings: idList, products: idList, variants: idList });

/** The products moves touch: the variants' own products and every bundle containing one of them. */
async function touchedProducts(tx: TenantTx, moves: ReadonlyArray<{ productId: string; variantId: string }>) {
  const bundles = await bundlesContaining(
    tx,
    moves.map((m) => m.variantId),
  );
  return [...new Set([...moves.map((m) => m.productId), ...bundles.map((b) => b.productId)])];
}

async function updatesFor(tx: TenantTx, productIds: string[]): Promise<StockUpdate[]> {
  const products = await loadProducts(tx, productIds);
  return products.map((p) => ({
    productId: p.id,
    available: Math.max(0, p.stock.available),
    variants: p.variants.map((v) => ({ variantId: v.id, available: Math.max(0, v.stock.available) })),
  }));
}

type Watch = {
  products: Set<string>;
  variants: Set<string>;
  listingsByProduct: Map<string, ListingTarget[]>;
};

/** What one SSE client is told about one update: the products, variants and listings it watches. */
function messagesFor(update: StockUpdate, watch: Watch) {
  const out: Record<string, unknown>[] = [];
  if (watch.products.has(update.productId))
    out.push({ productId: update.productId, available: update.available });
  for (const v of update.variants)
    if (watch.variants.has(v.variantId))
      out.push({ productId: update.productId, variantId: v.variantId, available: v.available });
  for (const l of watch.listingsByProduct.get(update.productId) ?? []) {
    const pinned = l.variantId ? update.variants.find((v) => v.variantId === l.variantId) : undefined;
    out.push({
      listingId: l.listingId,
      productId: update.productId,
      available: pinned?.available ?? update.available,
    });
  }
  return out;
}

/**
 * Real-time availability: stock changes (outbox `inventory.stock.changed`) are published on the
 * platform pub/sub (Redis across processes, in-process without it) and streamed to storefront
 * clients over Server-Sent Events.
 */
export function createStockStream(deps: { db: Db; pubsub: PubSub; heartbeatMs?: number }) {
  let resolveListings: ListingResolver | null = null;
  const open = new Set<Response>();

  /**
   * Publishes what a tenant's stock movements changed, each product once (its counts now, read in
   * `tx`, the events' delivery transaction: a sale's hundred movements of one item are one update).
   */
  async function publishChanges(events: NonEmpty<OutboxEvent>, tx: TenantTx) {
    const moves = events.map((e) => e.payload as { productId: string; variantId: string });
    for (const update of await updatesFor(tx, await touchedProducts(tx, moves)))
      await deps.pubsub.publish(channel(events[0].tenantId), JSON.stringify(update));
  }

  /**
   * Subscribes first and sends the snapshot second (buffering updates meanwhile), so no change
   * between the two is lost.
   */
  async function openStream(
    res: Response,
    tenantId: string,
    watch: Watch,
    snapshot: () => Promise<StockUpdate[]>,
  ) {
    let buffered: StockUpdate[] | null = [];
    const send = (update: StockUpdate) => {
      for (const m of messagesFor(update, watch)) res.write(`event: stock\ndata: ${JSON.stringify(m)}\n\n`);
    };
    const unsubscribe = await deps.pubsub.subscribe(channel(tenantId), (message) => {
      const update = JSON.parse(message) as StockUpdate;
      if (buffered) buffered.push(update);
      else send(update);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), deps.heartbeatMs ?? 15_000);
    open.add(res);
    res.on('close', () => {
      clearInterval(heartbeat);
      open.delete(res);
      void unsubscribe();
    });
    const initial = await snapshot();
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    for (const update of [...initial, ...buffered]) send(update);
    buffered = null;
  }

  const route = storefrontRoute(
    {
      method: 'get',
      path: '/api/storefront/:domain/stock/stream',
      produces: 'text/event-stream',
      summary: 'Live availability (Server-Sent Events) of listings, products or variants',
      tags: ['storefront'],
      query: StreamQuery,
    },
    async ({ tx, store, query, res }) => {
      const targets =
        query.listings.length && resolveListings
          ? await resolveListings(tx, store.storeId, query.listings)
          : [];
      if (query.listings.length + query.products.length + query.variants.length === 0)
        throw invalid('Say what to watch', [
          { path: 'query.products', message: 'give listings, products or variants' },
        ]);
      const listingsByProduct = new Map<string, ListingTarget[]>();
      for (const t of targets)
        listingsByProduct.set(t.productId, [...(listingsByProduct.get(t.productId) ?? []), t]);
      const variantProducts = await tx
        .selectFrom('productVariants')
        .select('productId')
        .where('id', 'in', query.variants.length ? query.variants : ['00000000-0000-0000-0000-000000000000'])
        .execute();
      const productIds = [
        ...new Set([
          ...query.products,
          ...targets.map((t) => t.productId),
          ...variantProducts.map((v) => v.productId),
        ]),
      ];
      const watch = {
        products: new Set(query.products),
        variants: new Set(query.variants),
        listingsByProduct,
      };
      await openStream(res, store.tenantId, watch, () => updatesFor(tx, productIds));
    },
  );

  return {
    routes: [route] as RouteDef[],
    publishChanges,
    /** Lets the stream accept `listings=` ids (wired by the catalog module in server.ts). */
    setListingResolver(resolver: ListingResolver) {
      resolveListings = resolver;
    },
    /** Ends every open stream (shutdown: an open SSE response would keep the server from closing). */
    closeAll() {
      for (const res of open) res.end();
      open.clear();
    },
  };
}
export type StockStream = ReturnType<typeof createStockStream>;
