import type { NextRequest } from 'next/server';
import { notFoundText, storeOf } from '@/lib/request';

/**
 * Per-store robots.txt: shop pages crawlable (the cart and checkout too: a crawler has no cart, so
 * it sees their empty state), the account, orders, pay links and cart recovery links not (the last
 * restores a cart: a crawler must not follow it); sitemap on this host.
 */
export async function GET(req: NextRequest) {
  const { store, origin } = await storeOf(req);
  if (!store) return notFoundText();
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /cart/recover',
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
