import { createHash } from 'node:crypto';
import { z } from 'zod';
import { adminRoute, created, publicRoute, type RouteDef } from '../../platform/http/route.ts';
import { UploadResponse } from './catalog.responses.ts';
import type { MediaStore } from './media.uploads.ts';

const Color = z.string().regex(/^[0-9a-fA-F]{6}$/);
const PlaceholderQuery = z.object({
  label: z.string().trim().min(1).max(60).default('Product'),
  bg: Color.optional(),
  fg: Color.optional(),
  shape: z.enum(['circle', 'square', 'triangle', 'drop', 'mountain', 'ring']).default('circle'),
});

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small product picture drawn from its name: same label and colours, same image. */
export function placeholderSvg(q: z.output<typeof PlaceholderQuery>): string {
  const hash = createHash('sha1').update(q.label).digest();
  const hue = (hash[0] ?? 0) * 1.4;
  const bg = q.bg ? `#${q.bg}` : `hsl(${hue} 45% 88%)`;
  const fg = q.fg ? `#${q.fg}` : `hsl(${(hue + 180) % 360} 40% 35%)`;
  const r = 90 + ((hash[1] ?? 0) % 50);
  const shapes: Record<string, string> = {
    circle: `<circle cx="300" cy="260" r="${r}" fill="${fg}"/>`,
    ring: `<circle cx="300" cy="260" r="${r}" fill="none" stroke="${fg}" stroke-width="36"/>`,
    square: `<rect x="${300 - r}" y="${260 - r}" width="${2 * r}" height="${2 * r}" rx="24" fill="${fg}"/>`,
    triangle: `<path d="M300 ${260 - r} L${300 + r} ${260 + r} L${300 - r} ${260 + r} Z" fill="${fg}"/>`,
    drop: `<path d="M300 ${260 - r} C ${300 + r} ${260}, ${300 + r / 2} ${260 + r}, 300 ${260 + r} C ${300 - r / 2} ${260 + r}, ${300 - r} 260, 300 ${260 - r} Z" fill="${fg}"/>`,
    mountain: `<path d="M120 ${360} L260 ${160} L330 ${260} L390 ${200} L480 ${360} Z" fill="${fg}"/>`,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(q.label)}">
<rect width="600" height="600" fill="${bg}"/>${shapes[q.shape]}
<text x="300" y="520" font-family="Georgia, serif" font-size="34" text-anchor="middle" fill="${fg}">${escapeXml(q.label)}</text>
</svg>`;
}

const UploadParams = z.object({ tenantId: z.string().max(64), file: z.string().max(80) });

/**
 * Locally generated product images (demo data) and merchants' uploads: cacheable forever (names
 * are content hashes), loadable cross-origin.
 */
export function mediaRoutes(store?: MediaStore): RouteDef[] {
  const uploads: RouteDef[] = store
    ? [
        adminRoute(
          {
            method: 'post',
            path: '/api/media/uploads',
            summary: 'Upload images (multipart "file" parts; re-encoded to WebP, metadata stripped)',
            response: UploadResponse,
            tags: ['media'],
          },
          async ({ auth, req }) => {
            const data = await store.upload(auth.tenantId, req);
            return created(data[0]?.url ?? '/api/media/uploads', { data });
          },
        ),
        publicRoute(
          {
            method: 'get',
            path: '/api/media/uploads/:tenantId/:file',
            produces: 'image/webp',
            summary: 'An uploaded image',
            tags: ['media'],
            params: UploadParams,
          },
          async ({ params, res }) => {
            const bytes = await store.read(params.tenantId, params.file);
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
            res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
            res.type('image/webp').send(bytes);
          },
        ),
      ]
    : [];
  return [
    ...uploads,
    publicRoute(
      {
        method: 'get',
        path: '/api/media/placeholder.svg',
        produces: 'image/svg+xml',
        summary: 'A generated product image',
        tags: ['media'],
        query: PlaceholderQuery,
      },
      ({ query, res }) => {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
        res.type('image/svg+xml').send(placeholderSvg(query));
      },
    ),
  ];
}
