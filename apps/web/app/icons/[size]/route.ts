import type { NextRequest } from 'next/server';
import sharp from 'sharp';
import { notFoundText, storeOf } from '@/lib/request';
import { uiTokens } from '@/lib/theme';

const SIZES = new Set([32, 180, 192, 512]);

/** A PNG app icon in the store's colour with its initial, rendered by sharp (for the manifest). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ size: string }> }) {
  const size = Number((await params).size);
  const { store } = await storeOf(req);
  if (!store || !SIZES.has(size)) return notFoundText();
  const { brand: bg, onBrand } = uiTokens(store).colors;
  const letter = (store.name.match(/[A-Za-z0-9]/)?.[0] ?? 'S').toUpperCase();
  const pad = req.nextUrl.searchParams.has('maskable') ? 0 : size * 0.08;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
<rect x="${pad}" y="${pad}" width="${size - 2 * pad}" height="${size - 2 * pad}" rx="${pad ? size * 0.2 : 0}" fill="${bg}"/>
<text x="50%" y="50%" dy=".35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="${size * 0.55}" fill="${onBrand}">${letter}</text>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' },
  });
}
