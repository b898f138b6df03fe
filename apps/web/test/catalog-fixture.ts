// Creates a small catalog through the admin API when the catalog/checkout endpoints exist.
import type { VentoryClient } from '@ventory/sdk';

export type Catalog = {
  productSlug: string;
  productTitle: string;
  categorySlug: string;
  ready: boolean;
  checkout: boolean;
};

async function post<T>(admin: VentoryClient, path: string, body: unknown): Promise<T | null> {
  const res = await admin.raw<T>('POST', path, body);
  if (res.status === 404) return null;
  if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Products, a category, listings, a shipping method and the test card provider for one store. */
export async function seedCatalog(
  admin: VentoryClient,
  storeId: string,
  tag: string,
  names: string[],
): Promise<Catalog> {
  const none: Catalog = {
    productSlug: '',
    productTitle: '',
    categorySlug: '',
    ready: false,
    checkout: false,
  };
  const category = await post<{ id: string; slug: string }>(admin, `/api/stores/${storeId}/categories`, {
    name: `${names[0]} collection`,
  });
  if (!category) return none;
  let first: { slug: string; title: string } | null = null;
  const listings: Catalog['listings'] = [];
  for (const [i, name] of names.entries()) {
    const product = await post<{ id: string }>(admin, '/api/inventory/products', {
      sku: `${tag.replace(/[^A-Za-z0-9]/g, '')}-${i}`.toUpperCase(),
      name,
      description: `${name}: built to last, tested in the field.`,
      price: `${19 + i * 7}.00`,
      initialStock: 20,
    });
    if (!product) return none;
    const listing = await post<{ id: string; slug: string; title: string }>(
      admin,
      `/api/stores/${storeId}/products`,
      {
        productId: product.id,
        categoryIds: [category.id],
        isPromoted: i < 2,
      },
    );
    if (!listing) return none;
    first ??= listing;
    listings.push({ id: listing.id, slug: listing.slug, title: listing.title, productId: product.id });
  }
  const shipping = await post(admin, `/api/stores/${storeId}/shipping-methods`, {
    name: 'Standard',
    price: '5.00',
  });
  const payment = await post(admin, `/api/stores/${storeId}/payment-methods`, {
    name: 'Card',
    provider: 'test',
  });
  return {
    productSlug: first?.slug ?? '',
    productTitle: first?.title ?? '',
    categorySlug: category.slug,
    ready: true,
    checkout: !!shipping && !!payment,
    listings,
  };
}
