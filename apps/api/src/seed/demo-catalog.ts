import { createHash } from 'node:crypto';

/**
 * The demo stores' catalogs: categories, 54 products each (some with variants, one digital),
 * listings with tags, promotions and a running sale, collections, pages, blog posts and reviews.
 * Images are drawn by the API itself (`/api/media/placeholder.svg`), so nothing is downloaded.
 */
import { CATALOGS, type DemoCatalog } from './demo-catalog.data.ts';
import { describe } from './demo-descriptions.ts';

const REVIEWS = [
  {
    rating: 5,
    title: 'Worth every penny',
    content: 'Beautifully made and arrived quickly.',
    customerName: 'Maya R.',
  },
  {
    rating: 4,
    title: 'Very good',
    content: 'Does exactly what it should. Slightly heavier than expected.',
    customerName: 'Tom B.',
  },
  {
    rating: 5,
    title: 'Love it',
    content: 'Second one I have bought, one as a gift.',
    customerName: 'Priya S.',
  },
  {
    rating: 3,
    title: 'Fine',
    content: 'Good quality, but the colour is darker than in the photo.',
    customerName: 'Jon K.',
  },
];

const hashOf = (s: string) => createHash('sha1').update(s).digest();
const sku = (prefix: string, name: string) =>
  `${prefix}-${name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`.slice(0, 60);

type Api = <T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
  auth?: boolean,
) => Promise<T>;

export function apiOf(url: string, token: string): Api {
  return async (method, path, body, auth = true) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`seed: ${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (res.status === 204 ? {} : await res.json()) as never;
  };
}

/** Seeds one demo store's catalog through the public API (so every rule applies). */
export async function seedCatalog(
  url: string,
  token: string,
  store: { id: string; domain: string; handle: string; primaryColor: string },
  /** Where the storefront serves a file of its public folder (the demo e-books). */
  storefrontFile: (path: string) => string,
): Promise<number> {
  const catalog = CATALOGS[store.handle];
  if (!catalog) return 0;
  const api = apiOf(url, token);
  const prefix = store.handle.slice(0, 3).toUpperCase();
  const catIds = new Map<string, string>();
  for (const [i, cat] of catalog.cats.entries()) {
    const image = `${url}/api/media/placeholder.svg?label=${encodeURIComponent(cat.name)}&shape=${cat.shape}&fg=${store.primaryColor.slice(1)}`;
    const created = await api<{ id: string }>('POST', `/api/stores/${store.id}/categories`, {
      name: cat.name,
      description: cat.blurb,
      image,
      sortOrder: i,
      parentId: cat.parent ? catIds.get(cat.parent) : undefined,
      metaTitle: `${cat.name} | ${store.handle === 'copperleaf' ? 'Copperleaf Home' : 'Northwind Outfitters'}`,
      metaDescription: cat.blurb,
    });
    catIds.set(cat.name, created.id);
  }
  const listingSlugs: { id: string; slug: string; price: number }[] = [];
  for (const cat of catalog.cats) {
    for (const item of cat.items) {
      const h = hashOf(item.name);
      const image = `${url}/api/media/placeholder.svg?label=${encodeURIComponent(item.name)}&shape=${cat.shape}`;
      const options = item.sizes
        ? { key: 'Size', values: item.sizes }
        : item.colours
          ? { key: 'Colour', values: item.colours }
          : null;
      const stock = (n: number) => ((h[n % h.length] ?? 0) % 5 === 0 ? 0 : 3 + ((h[n % h.length] ?? 0) % 40));
      const product = await api<{ id: string }>('POST', '/api/inventory/products', {
        sku: sku(prefix, item.name),
        name: item.name,
        description: describe(item.name, cat, !!item.download),
        price: item.price.toFixed(2),
        cost: (item.price * 0.45).toFixed(2),
        type: item.download ? 'DIGITAL' : 'PHYSICAL',
        images: [image],
        weight: item.download ? undefined : 200 + ((h[2] ?? 0) % 20) * 100,
        ...(options
          ? {
              variants: options.values.map((v, i) => ({
                sku: sku(prefix, `${item.name}-${v}`),
                name: v,
                options: { [options.key]: v },
                initialStock: stock(i),
              })),
            }
          : item.download
            ? {}
            : { initialStock: stock(3) }),
      });
      const categoryIds = [catIds.get(cat.name), cat.parent ? catIds.get(cat.parent) : undefined].filter(
        (x): x is string => !!x,
      );
      const onSale = (h[4] ?? 0) % 9 === 0;
      const listing = await api<{ id: string; slug: string }>('POST', `/api/stores/${store.id}/products`, {
        productId: product.id,
        categoryIds,
        tags: [...(item.tags ?? []), cat.name.toLowerCase().replace(/[^a-z]+/g, '-')],
        isPromoted: (item.tags ?? []).includes('bestseller'),
        sortOrder: (h[5] ?? 0) % 100,
        taxCategory: item.download ? 'digital' : 'standard',
        attributes: {
          material: store.handle === 'copperleaf' ? 'copper' : 'recycled nylon',
          ...(item.download ? { downloadUrl: storefrontFile(`/demo-downloads/${item.download}`) } : {}),
        },
        ...(onSale
          ? {
              salePrice: (Math.round(item.price * 0.8 * 100) / 100).toFixed(2),
              saleStartsAt: new Date(Date.now() - 86_400_000).toISOString(),
              saleEndsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
            }
          : {}),
      });
      listingSlugs.push({ id: listing.id, slug: listing.slug, price: item.price });
      if (item.subscription)
        await api('POST', `/api/stores/${store.id}/subscription-plans`, {
          listingId: listing.id,
          name: item.subscription,
          interval: 'MONTH',
          price: (Math.round(item.price * 0.9 * 100) / 100).toFixed(2),
        });
    }
  }
  await seedContent(api, store, catalog, listingSlugs);
  return listingSlugs.length;
}

async function seedContent(
  api: Api,
  store: { id: string; domain: string },
  catalog: DemoCatalog,
  listings: { id: string; slug: string }[],
) {
  for (const page of catalog.pages)
    await api('POST', `/api/stores/${store.id}/pages`, {
      ...page,
      contentFormat: 'MARKDOWN',
      isPublished: true,
      metaDescription: page.content.slice(0, 150),
    });
  for (const [i, post] of catalog.posts.entries())
    await api('POST', `/api/stores/${store.id}/blog-posts`, {
      ...post,
      contentFormat: 'MARKDOWN',
      excerpt: post.content.slice(0, 120),
      author: 'The team',
      isPublished: true,
      publishedAt: new Date(Date.now() - (i + 1) * 7 * 86_400_000).toISOString(),
    });
  await api('POST', `/api/stores/${store.id}/collections`, {
    title: 'Under 30',
    kind: 'RULE',
    rules: [{ field: 'price', op: 'lt', value: '30' }],
    isFeatured: true,
  });
  await api('POST', `/api/stores/${store.id}/collections`, {
    title: 'Best Sellers',
    kind: 'RULE',
    rules: [{ field: 'tag', op: 'eq', value: 'bestseller' }],
    isFeatured: true,
  });
  await api('POST', `/api/stores/${store.id}/collections`, {
    ...(store.domain.startsWith('copperleaf.')
      ? { title: 'Gift Ideas', rules: [{ field: 'tag', op: 'eq', value: 'gift' }] }
      : { title: 'Winter Ready', rules: [{ field: 'tag', op: 'eq', value: 'winter' }] }),
    kind: 'RULE',
  });
  await api('POST', `/api/stores/${store.id}/collections`, {
    title: 'Staff Picks',
    kind: 'MANUAL',
    listingIds: listings.slice(0, 6).map((l) => l.id),
  });
  for (const [i, listing] of listings.slice(0, 12).entries()) {
    for (const review of REVIEWS.slice(0, 1 + (i % REVIEWS.length))) {
      const created = await api<{ id: string }>(
        'POST',
        `/api/storefront/${store.domain}/products/${listing.slug}/reviews`,
        review,
        false,
      );
      await api('POST', `/api/stores/${store.id}/reviews/${created.id}/approve`);
    }
  }
}
