import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getPreviewStore, getStore, type Store } from './api/store';

/** Set by proxy.ts only when the request carries a design-preview token (query or cookie). */
export const PREVIEW_HEADER = 'x-ventory-preview';

/** The request's host name without port, lower-cased: the key that picks the store. */
export function normalizeHost(raw: string | null | undefined): string {
  return (raw ?? '').split(',')[0]?.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '') ?? '';
}

export async function currentHost(): Promise<string> {
  const h = await headers();
  return normalizeHost(h.get('x-forwarded-host') ?? h.get('host'));
}

/** Origin of the current request (scheme + host + port), for canonical URLs and Open Graph. */
export async function currentOrigin(): Promise<string> {
  const h = await headers();
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost').split(',')[0]?.trim();
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}

/** The store for this request; an unknown host renders the 404 page. */
export async function requireStore(): Promise<Store> {
  const host = await currentHost();
  // Normal shoppers never carry the header: no extra query, nothing changes for them.
  const token = (await headers()).get(PREVIEW_HEADER);
  const preview = token ? await getPreviewStore(host, token) : null;
  if (preview) return preview;
  const store = await getStore(host);
  if (!store) notFound();
  return store;
}

export async function nonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}
