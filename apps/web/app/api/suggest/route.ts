import type { NextRequest } from 'next/server';
import { suggest } from '@/lib/api/catalog';
import { storeOf } from '@/lib/request';

/** Search-as-you-type: the first few matching listings of this host's store. */
export async function GET(req: NextRequest) {
  const q = (req.nextUrl.searchParams.get('q') ?? '').trim().slice(0, 100);
  const { store } = await storeOf(req);
  if (!store || q.length < 2) return Response.json({ items: [] });
  return Response.json(
    { items: await suggest(store, q) },
    { headers: { 'cache-control': 'private, max-age=30' } },
  );
}
