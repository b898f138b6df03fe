import type { NextRequest } from 'next/server';
import { notFoundText, storeOf } from '@/lib/request';

/** Per-store robots.txt: shop pages crawlable, cart/checkout/account not, sitemap on this host. */
export async function GET(req: NextRequest) {
  const { store, origin } = await storeOf(req);
  if (!store) return notFoundText();
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /cart',
    'Disallow: /checkout',
    'Disallow: /account',
    'Disallow: /order/',
    'Disallow: /pay/',
    'Disallow: /api/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
