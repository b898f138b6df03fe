import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from './forms';

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

type Event = { type?: unknown; data?: { storeId?: unknown; storeIds?: unknown } };

/**
 * Cache tags to drop for a platform event: everything of the event's store; store/theme changes
 * also drop the host → settings lookups. Inventory events (product edits, a variant selling out or
 * coming back) name no store, since a tenant's stores share one inventory: the API lists the
 * tenant's stores in `storeIds`, and just their listings are dropped.
 */
export function tagsForEvent(event: Event): string[] {
  const type = typeof event.type === 'string' ? event.type : '';
  const tags = new Set<string>();
  if (isUuid(event.data?.storeId)) tags.add(`store:${event.data.storeId}`);
  if (type.startsWith('store.')) tags.add('stores');
  const storeIds = Array.isArray(event.data?.storeIds) ? event.data.storeIds.slice(0, 100) : [];
  for (const id of storeIds.filter(isUuid)) tags.add(`store:${id}:products`);
  return [...tags];
}

/** Tags a caller may name directly: our own tag shapes only. */
export function validTag(t: unknown): t is string {
  return typeof t === 'string' && /^((host|store):[\w.:-]{1,240}|stores)$/.test(t);
}
