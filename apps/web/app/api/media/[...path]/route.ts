import type { NextRequest } from 'next/server';
import { apiUrl } from '@/lib/api/client';

/**
 * Media the API draws or stores (`/api/media/...`), served on the shop's own host. The response
 * is locked down (no script, no embedding) since SVG is active content.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const target = `${apiUrl()}/api/media/${path.map(encodeURIComponent).join('/')}${req.nextUrl.search}`;
  const res = await fetch(target, { next: { revalidate: 86_400 } });
  if (!res.ok) return new Response('Not found', { status: 404 });
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  if (!/^image\//.test(type)) return new Response('Not found', { status: 404 });
  return new Response(await res.arrayBuffer(), {
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'x-content-type-options': 'nosniff',
    },
  });
}
