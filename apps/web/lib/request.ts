import type { NextRequest } from 'next/server';
import { getStore } from './api/store';
import { normalizeHost } from './tenant';

/** Store and public origin of a route-handler request (same Host rules as pages). */
export async function storeOf(req: NextRequest) {
  const rawHost =
    (req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? '').split(',')[0]?.trim() ?? '';
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  const store = await getStore(normalizeHost(rawHost));
  return { store, origin: `${proto}://${rawHost}` };
}

export const notFoundText = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
