import { fromMinor } from '../../platform/money.ts';
import { iso } from './catalog.common.ts';
import type { InventoryProduct, InventoryVariant } from './catalog.ports.ts';
import type { Listing } from './listings.repository.ts';
import { effectivePrice } from './pricing.ts';

const defaultVariant = (p: InventoryProduct) => p.variants.find((v) => v.isDefault) ?? p.variants[0];

/** Prices and availability of a listing over its (live) inventory product. */
export function priced(
  listing: Listing,
  product: InventoryProduct | undefined,
  currency: string,
  now = new Date(),
) {
  const basePrice = product ? product.price : fromMinor(listing.basePriceMinor, currency);
  const main = effectivePrice(listing, basePrice, currency, now);
  const variants = (product?.variants ?? []).map((v: InventoryVariant) => {
    const p = effectivePrice(listing, v.price, currency, now);
    return {
      id: v.id,
      sku: v.sku,
      name: v.name,
      options: v.options,
      isDefault: v.isDefault,
      price: fromMinor(p.priceMinor, currency),
      compareAtPrice: p.compareAtMinor === null ? null : fromMinor(p.compareAtMinor, currency),
      available: Math.max(0, v.stock.available),
      weight: v.weight,
    };
  });
  const available = product ? Math.max(0, product.stock.available) : 0;
  return {
    price: fromMinor(main.priceMinor, currency),
    compareAtPrice: main.compareAtMinor === null ? null : fromMinor(main.compareAtMinor, currency),
    onSale: main.compareAtMinor !== null,
    currency,
    available,
    inStock: available > 0,
    sku: product ? (defaultVariant(product)?.sku ?? product.sku) : null,
    variants,
  };
}

/** What a shopper sees of a listing. */
export function toStorefrontListing(l: Listing, product: InventoryProduct | undefined, currency: string) {
  return {
    id: l.id,
    slug: l.slug,
    // Title and description follow the inventory product live; the row's copies serve search.
    title: l.customTitle ?? product?.name ?? l.title,
    description: l.customDescription ?? (product ? product.description : l.description),
    ...priced(l, product, currency),
    images: l.images,
    rating: Number(l.ratingAvg),
    ratingCount: l.ratingCount,
    isPromoted: l.isPromoted,
    productType: l.productType,
    isDigital: l.productType === 'DIGITAL',
    /** A gift card sold as a product (DIGITAL with `attributes.giftCard`): its code comes by email. */
    isGiftCard: l.productType === 'DIGITAL' && product?.attributes.giftCard === true,
    categoryIds: l.categoryIds,
    tags: l.tags,
    attributes: l.attributes,
    metaTitle: l.metaTitle ?? l.title,
    metaDescription: l.metaDescription ?? l.description?.slice(0, 160) ?? null,
    createdAt: l.createdAt.toISOString(),
  };
}
export type StorefrontListing = ReturnType<typeof toStorefrontListing>;

/** The merchant's view: every seed field plus the computed price and availability. */
export function toListingDto(l: Listing, product: InventoryProduct | undefined, currency: string) {
  return {
    ...toStorefrontListing(l, product, currency),
    storeId: l.storeId,
    productId: l.productId,
    isVisible: l.isVisible,
    sortOrder: l.sortOrder,
    customTitle: l.customTitle,
    customDescription: l.customDescription,
    customImages: l.customImages,
    priceMarkup: String(Number(l.priceMarkup)),
    priceOverride: l.priceOverrideMinor === null ? null : fromMinor(l.priceOverrideMinor, currency),
    salePrice: l.salePriceMinor === null ? null : fromMinor(l.salePriceMinor, currency),
    saleStartsAt: iso(l.saleStartsAt),
    saleEndsAt: iso(l.saleEndsAt),
    taxCategory: l.taxCategory,
    metaTitle: l.metaTitle,
    metaDescription: l.metaDescription,
    salesCount: l.salesCount,
    /** The inventory product was deleted: the storefront leaves this listing out. */
    productMissing: l.productMissing,
    updatedAt: l.updatedAt.toISOString(),
  };
}
export type ListingDto = ReturnType<typeof toListingDto>;
