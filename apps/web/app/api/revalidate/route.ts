import { createHmac, timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import type { NextRequest } from 'next/server';

/**
 * On-demand ISR: the API posts `{ tags: string[] }` when catalog, stock, content or store events
 * happen, signed as `x-ventory-signature: sha256=<hex HMAC-SHA256 of the raw body>` with
 * REVALIDATE_SECRET. Tags look like `store:<storeId>:product:<slug>` (see lib/api/client.ts).
 */
export async function POST(req: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return Response.json({ error: 'revalidation is not configured' }, { status: 503 });
  const raw = await req.text();
  const given = (req.headers.get('x-ventory-signature') ?? '').replace(/^sha256=/, '');
  const expected = createHmac('sha256', secret).update(raw).digest('hex');
  const ok = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) return Response.json({ error: 'bad signature' }, { status: 401 });
  let tags: unknown;
  try {
    tags = (JSON.parse(raw) as { tags?: unknown }).tags;
  } catch {
    return Response.json({ error: 'body must be JSON' }, { status: 400 });
  }
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100) {
    return Response.json({ error: 'tags must be a non-empty array (at most 100)' }, { status: 400 });
  }
  const valid = tags.filter(
    (t): t is string => typeof t === 'string' && /^(host|store):[\w.:-]{1,240}$/.test(t),
  );
  for (const tag of valid) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: valid });
}
