import type { NextRequest } from 'next/server';
import { apiUrl } from '@/lib/api/client';
import { isUuid } from '@/lib/forms';
import { storeOf } from '@/lib/request';

/**
 * Live availability for the product page: the API's stock stream (Server-Sent Events) for one
 * listing, relayed on the shop's own origin so the CSP can stay `connect-src 'self'`.
 */
export async function GET(req: NextRequest) {
  const listing = req.nextUrl.searchParams.get('listing') ?? '';
  const { store } = await storeOf(req);
  if (!store || !isUuid(listing)) return new Response('Not found', { status: 404 });
  const upstream = await fetch(
    `${apiUrl()}/api/storefront/${encodeURIComponent(store.domain)}/stock/stream?listings=${listing}`,
    { headers: { accept: 'text/event-stream' }, signal: req.signal, cache: 'no-store' },
  ).catch(() => null);
  if (!upstream?.ok || !upstream.body) return new Response('Unavailable', { status: 503 });
  return new Response(upstream.body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
