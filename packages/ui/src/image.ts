import type { ImageRef } from '@ventory/sdk';

/** An image reference from the API as `{ url, alt }`; relative URLs are resolved against `base`. */
export function imageOf(
  ref: ImageRef | null | undefined,
  fallbackAlt: string,
  base = '',
): { url: string; alt: string } | null {
  if (!ref) return null;
  const url = typeof ref === 'string' ? ref : ref.url;
  const alt = typeof ref === 'string' ? fallbackAlt : (ref.alt ?? fallbackAlt);
  if (!url) return null;
  return {
    url: /^https?:\/\//.test(url) || !base ? url : `${base.replace(/\/$/, '')}/${url.replace(/^\//, '')}`,
    alt,
  };
}
