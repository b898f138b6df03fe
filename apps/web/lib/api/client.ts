import { VentoryClient } from '@ventory/sdk';
import { headers } from 'next/headers';

import { apiUrl } from './api-url';

export { apiUrl };

/** How long cached catalog reads live at most when no event revalidates them earlier. */
export const REVALIDATE_SECONDS = 300;

/**
 * The shopper's address for the API's per-address limits (failed logins, gift-card checks, the
 * per-IP request budget): without it every shopper would share the web server's. The last
 * X-Forwarded-For hop is the one the proxy in front of us added; Next only sets the header when
 * it is missing, so without such a proxy it is what the client sent (README, "Known limits").
 */
async function shopperAddress(): Promise<string | undefined> {
  try {
    return ((await headers()).get('x-forwarded-for') ?? '').split(',').at(-1)?.trim() || undefined;
  } catch {
    return undefined; // outside a request (nothing to forward)
  }
}

/**
 * An SDK client whose reads land in Next's data cache under `tags` (ISR: revalidated on demand by
 * the webhook in app/api/revalidate), shared by every shopper; or, when `tags` is null (carts,
 * accounts, checkout), uncached and on behalf of the shopper's own address.
 */
export function client(tags: string[] | null, revalidate = REVALIDATE_SECONDS): VentoryClient {
  const tagged: typeof fetch = async (input, init) => {
    if (tags) return fetch(input, { ...init, next: { tags, revalidate } });
    const ip = await shopperAddress();
    const h = new Headers(init?.headers);
    if (ip) h.set('x-forwarded-for', ip);
    return fetch(input, { ...init, headers: h, cache: 'no-store' });
  };
  return new VentoryClient({ baseUrl: apiUrl(), fetch: tagged });
}

/** Cache tags, scoped by store so one tenant's event never flushes another's pages. */
export const tags = {
  host: (host: string) => `host:${host}`,
  store: (storeId: string) => `store:${storeId}`,
  products: (storeId: string) => `store:${storeId}:products`,
  product: (storeId: string, slug: string) => `store:${storeId}:product:${slug}`,
  categories: (storeId: string) => `store:${storeId}:categories`,
  pages: (storeId: string) => `store:${storeId}:pages`,
  // Collections (their titles and descriptions; their products are listing reads, tagged `products`).
  collections: (storeId: string) => `store:${storeId}:collections`,
};
