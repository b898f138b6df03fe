import type { NextRequest } from 'next/server';
import { listBlog, listCategories, listCollections, listPages, listProducts } from '@/lib/api/catalog';
import { notFoundText, storeOf } from '@/lib/request';

const esc = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Per-store sitemap: home, categories, collections, CMS pages and every visible listing (paged through the API). */
export async function GET(req: NextRequest) {
  const { store, origin } = await storeOf(req);
  if (!store) return notFoundText();
  const [categories, collections, pages, blog] = await Promise.all([
    listCategories(store),
    listCollections(store),
    listPages(store),
    listBlog(store),
  ]);
  const slugs: string[] = [];
  for (let offset = 0; offset < 5000; offset += 100) {
    const page = await listProducts(store, { limit: 100, offset });
    slugs.push(...page.items.map((l) => l.slug));
    if (page.items.length < 100) break;
  }
  const urls = [
    '/',
    '/search',
    ...categories.map((c) => `/c/${c.slug}`),
    ...(collections.length > 0 ? ['/collections'] : []),
    ...collections.map((c) => `/collections/${c.slug}`),
    ...pages.map((p) => `/pages/${p.slug}`),
    '/blog',
    ...blog.posts.map((p) => `/blog/${p.slug}`),
    ...slugs.map((s) => `/p/${s}`),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `  <url><loc>${esc(origin + u)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' },
  });
}
