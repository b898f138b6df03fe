import { revalidateTag } from 'next/cache';
import type { NextRequest } from 'next/server';
import { tagsForEvent, validTag, verify } from '@/lib/revalidate';

/**
 * On-demand ISR. The API posts either `{ tags: string[] }` or a platform event
 * (`{ id, type, data: { storeId, ... } }`, the webhook format) when catalog, stock, content or
 * store data change; the request is HMAC-signed with REVALIDATE_SECRET (see lib/revalidate.ts).
 * Tagged data is dropped at once, so the next visit renders fresh data.
 */
export async function POST(req: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return Response.json({ error: 'revalidation is not configured' }, { status: 503 });
  const raw = await req.text();
  if (!verify(secret, raw, req.headers)) return Response.json({ error: 'bad signature' }, { status: 401 });
  let body: { tags?: unknown; type?: unknown; data?: { storeId?: unknown } };
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    return Response.json({ error: 'body must be JSON' }, { status: 400 });
  }
  const tags = Array.isArray(body.tags) ? body.tags.slice(0, 100).filter(validTag) : tagsForEvent(body);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: tags });
}
