import { createHmac } from 'node:crypto';
import type { AppConfig } from './config.ts';
import { type OutboxEvent, RecipientNotReady } from './jobs/registry.ts';
import type { Platform } from './platform.ts';

/**
 * Catalog, content and store events change what shoppers see; product edits change every listing
 * of the product, and a variant selling out or coming back changes listing grids ("Out of stock",
 * in-stock filters). Other stock moves are not sent: product pages follow them over the stock stream.
 */
const TOPICS = ['catalog.*', 'store.*', 'inventory.product.*', 'inventory.availability.*'];

/** The webhook body and `ventory-signature` header (`t=<unix>,v1=<hex HMAC of "<t>.<body>">`). */
export function revalidationRequest(
  secret: string,
  event: OutboxEvent,
  data: Record<string, unknown> = event.payload,
  now = Date.now(),
) {
  const body = JSON.stringify({
    id: event.id,
    type: event.topic,
    createdAt: event.createdAt.toISOString(),
    data,
  });
  const t = Math.floor(now / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return { body, signature: `t=${t},v1=${v1}` };
}

/**
 * Inventory is shared by a tenant's stores, so an inventory event names no store: it is sent with
 * `storeIds`, the tenant's stores, so that the storefront drops just their listings.
 */
async function withStores(platform: Pick<Platform, 'db'>, event: OutboxEvent) {
  if (typeof event.payload.storeId === 'string') return event.payload;
  const stores = await platform.db.withTenant(event.tenantId, (tx) =>
    tx.selectFrom('stores').select('id').execute(),
  );
  return { ...event.payload, storeIds: stores.map((s) => s.id) };
}

const refused = (error: unknown) =>
  error instanceof Error && (error.cause as { code?: string } | undefined)?.code === 'ECONNREFUSED';

/**
 * Tells the storefront (ISR by tag) which cached pages an event makes stale. Delivered from the
 * outbox after commit; a failed call throws so the job runner retries it.
 */
export function registerWebRevalidation(platform: Pick<Platform, 'jobs' | 'db'>, config: AppConfig): void {
  const { webRevalidateUrl: url, revalidateSecret: secret } = config;
  if (!url || !secret) return;
  platform.jobs.subscribe({ consumer: 'web.revalidate', topics: TOPICS }, async (event) => {
    const { body, signature } = revalidationRequest(secret, event, await withStores(platform, event));
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'ventory-signature': signature },
      body,
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => {
      // Nothing listening yet (a storefront still building): retried quietly until it is up.
      if (refused(error)) throw new RecipientNotReady(`storefront at ${url} is not answering yet`);
      throw error;
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`storefront revalidation answered ${res.status}`);
  });
}
