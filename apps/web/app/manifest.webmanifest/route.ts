import type { NextRequest } from 'next/server';
import { notFoundText, storeOf } from '@/lib/request';

/** Per-store web app manifest: the store's name, colours and generated icons. */
export async function GET(req: NextRequest) {
  const { store } = await storeOf(req);
  if (!store) return notFoundText();
  const manifest = {
    name: store.name,
    short_name: store.name.slice(0, 12),
    description: store.description ?? undefined,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: store.primaryColor ?? '#2b50aa',
    icons: [
      { src: '/icons/192', sizes: '192x192', type: 'image/png' },
      { src: '/icons/512', sizes: '512x512', type: 'image/png' },
      { src: '/icons/512?maskable=1', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return Response.json(manifest, {
    headers: { 'content-type': 'application/manifest+json', 'cache-control': 'public, max-age=3600' },
  });
}
