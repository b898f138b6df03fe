import { createHmac, timingSafeEqual } from 'node:crypto';

function equal(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Accepts either signature the platform produces, both keyed by REVALIDATE_SECRET:
 * `x-ventory-signature: sha256=<hex HMAC of the body>` (tag list from the API), or the webhook
 * format `ventory-signature: t=<unix>,v1=<hex HMAC of "<t>.<body>">` (events), fresh within 5 min.
 */
export function verify(secret: string, body: string, headers: Headers, now = Date.now()): boolean {
  const simple = headers.get('x-ventory-signature');
  if (simple)
    return equal(simple.replace(/^sha256=/, ''), createHmac('sha256', secret).update(body).digest('hex'));
  const hook = headers.get('ventory-signature');
  if (!hook) return false;
  const parts = Object.fromEntries(hook.split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(now / 1000 - t) > 300 || !parts.v1) return false;
  return equal(parts.v1, createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
}

type Event = { type?: unknown; data?: { storeId?: unknown; slug?: unknown } };

/**
 * Cache tags to drop for a platform event: everything of the event's store; store/theme changes
 * also drop the host → settings lookups; tenant-wide inventory events (stock, product edits, with
 * no store) drop every cached listing, since products are shared by a tenant's stores.
 */
export function tagsForEvent(event: Event): string[] {
  const type = typeof event.type === 'string' ? event.type : '';
  const storeId = typeof event.data?.storeId === 'string' ? event.data.storeId : null;
  const tags = new Set<string>();
  if (storeId && /^[0-9a-f-]{36}$/i.test(storeId)) {
    tags.add(`store:${storeId}`);
    // Named too (store:<id> already covers it), so a collection edit is visible in the answer.
    if (type.startsWith('catalog.collection.')) tags.add(`store:${storeId}:collections`);
  }
  if (type.startsWith('store.')) tags.add('stores');
  if (type.startsWith('inventory.') || (!storeId && /^(catalog|product|listing)\./.test(type)))
    tags.add('products');
  return [...tags];
}

/** Tags a caller may name directly: our own tag shapes only. */
export function validTag(t: unknown): t is string {
  return typeof t === 'string' && /^((host|store):[\w.:-]{1,240}|stores|products|categories)$/.test(t);
}
