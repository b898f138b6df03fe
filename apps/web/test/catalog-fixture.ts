// A small catalog created through the admin API: products with stock, one category, listings,
// a shipping method and the test card provider.
import type { VentoryClient } from '@ventory/sdk';

export type CatalogListing = { id: string; slug: string; title: string; productId: string };
export type Catalog = {
  productSlug: string;
  productTitle: string;
  categorySlug: string;
  listings: CatalogListing[];
};

/** One store's catalog; `tag` makes the SKUs unique in the tenant. */
export async function seedCatalog(
  admin: VentoryClient,
  storeId: string,
  tag: string,
  names: string[],
): Promise<Catalog> {
  const category = await admin.call<{ id: string; slug: string }>(
    'POST',
    `/api/stores/${storeId}/categories`,
    {
      name: `${names[0]} collection`,
    },
  );
  const listings: CatalogListing[] = [];
  for (const [i, name] of names.entries()) {
    const product = await admin.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: `${tag.replace(/[^A-Za-z0-9]/g, '')}-${i}`.toUpperCase(),
      name,
      description: `${name}: built to last, tested in the field.`,
      price: `${19 + i * 7}.00`,
      initialStock: 20,
    });
    const listing = await admin.call<{ id: string; slug: string; title: string }>(
      'POST',
      `/api/stores/${storeId}/products`,
      { productId: product.id, categoryIds: [category.id], isPromoted: i < 2 },
    );
    listings.push({ id: listing.id, slug: listing.slug, title: listing.title, productId: product.id });
  }
  await admin.call('POST', `/api/stores/${storeId}/shipping-methods`, { name: 'Standard', price: '5.00' });
  await admin.call('POST', `/api/stores/${storeId}/payment-methods`, { name: 'Card', provider: 'test' });
  const first = listings[0] as CatalogListing;
  return { productSlug: first.slug, productTitle: first.title, categorySlug: category.slug, listings };
}
