import { z } from 'zod';
import {
  DateTimeOut,
  type Expect,
  type Fits,
  ListEnvelopeOf,
  MoneyOut,
} from '../../platform/http/schemas.ts';
import type { CategoryDto, PageDto, ReviewDto, toCollectionDto, toPublicPageDto } from './catalog.dto.ts';
import type { ListingDto, StorefrontListing } from './listings.dto.ts';

/**
 * What the catalog routes answer, as the wire carries it (checked against every reply in tests with
 * VALIDATE_RESPONSES=1; see platform/http): dates are ISO strings, money is a decimal string.
 */
const Attributes = z.record(z.string(), z.unknown());

const StorefrontVariant = z.strictObject({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  options: z.record(z.string(), z.string()),
  isDefault: z.boolean(),
  price: MoneyOut,
  compareAtPrice: MoneyOut.nullable(),
  available: z.number().int(),
  weight: z.number().nullable(),
});

/** A listing as a shopper sees it (live title, price and stock of its inventory product). */
export const StorefrontListingResponse = z.strictObject({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  price: MoneyOut,
  compareAtPrice: MoneyOut.nullable(),
  onSale: z.boolean(),
  currency: z.string(),
  available: z.number().int(),
  inStock: z.boolean(),
  sku: z.string().nullable(),
  variants: z.array(StorefrontVariant),
  images: z.array(z.string()),
  rating: z.number(),
  ratingCount: z.number().int(),
  isPromoted: z.boolean(),
  productType: z.string(),
  isDigital: z.boolean(),
  isGiftCard: z.boolean(),
  categoryIds: z.array(z.string()),
  tags: z.array(z.string()),
  attributes: Attributes,
  metaTitle: z.string(),
  metaDescription: z.string().nullable(),
  createdAt: DateTimeOut,
});

/** The merchant's view of a listing: the shopper's fields plus every stored setting. */
export const ListingResponse = StorefrontListingResponse.extend({
  storeId: z.string(),
  productId: z.string(),
  isVisible: z.boolean(),
  sortOrder: z.number().int(),
  customTitle: z.string().nullable(),
  customDescription: z.string().nullable(),
  customImages: z.array(z.string()),
  priceMarkup: z.string().describe('Percent added to the inventory price, as a decimal string'),
  priceOverride: MoneyOut.nullable(),
  salePrice: MoneyOut.nullable(),
  saleStartsAt: DateTimeOut.nullable(),
  saleEndsAt: DateTimeOut.nullable(),
  taxCategory: z.string().nullable(),
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  salesCount: z.number().int(),
  productMissing: z.boolean(),
  updatedAt: DateTimeOut,
});

/** A bulk edit: how many listings changed and each of them as it is now. */
export const BulkEditListingsResponse = z.strictObject({
  updated: z.number().int(),
  listings: z.array(ListingResponse),
});

const Facets = z.strictObject({
  categories: z.array(z.strictObject({ id: z.string(), count: z.number().int() })),
  options: z.array(z.strictObject({ name: z.string(), value: z.string(), count: z.number().int() })),
  priceBands: z.array(z.strictObject({ min: MoneyOut, max: MoneyOut.nullable(), count: z.number().int() })),
});
/** A page of visible listings, with facets when `facets=true`. */
export const StorefrontProductPage = ListEnvelopeOf(StorefrontListingResponse).extend({
  facets: Facets.optional(),
});
export const StorefrontProductResponse = StorefrontListingResponse.extend({
  categories: z.array(
    z.strictObject({ id: z.string(), name: z.string(), slug: z.string(), parentId: z.string().nullable() }),
  ),
});
export const RecommendationsResponse = z.strictObject({
  data: z.array(
    StorefrontListingResponse.extend({ reason: z.enum(['BOUGHT_TOGETHER', 'SAME_CATEGORY', 'BEST_SELLER']) }),
  ),
});
export const SuggestResponse = z.strictObject({
  query: z.string(),
  suggestions: z.array(z.strictObject({ slug: z.string(), title: z.string(), image: z.string().nullable() })),
});
/** Recently viewed and the wish list. */
export const StorefrontListingList = z.strictObject({ data: z.array(StorefrontListingResponse) });

export const SearchAnalyticsResponse = z.strictObject({
  days: z.number().int(),
  searches: z.number().int(),
  zeroResultSearches: z.number().int(),
  zeroResultRate: z.number(),
  topQueries: z.array(z.strictObject({ query: z.string(), count: z.number().int(), avgResults: z.number() })),
  zeroResultQueries: z.array(
    z.strictObject({ query: z.string(), count: z.number().int(), lastSearchedAt: DateTimeOut }),
  ),
});

const PublicCollectionShape = {
  id: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  kind: z.enum(['MANUAL', 'RULE']),
  isVisible: z.boolean(),
  isFeatured: z.boolean(),
  sortOrder: z.number().int(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
};
export const PublicCollectionResponse = z.strictObject(PublicCollectionShape);
export const CollectionPreviewResponse = z.strictObject({
  count: z.number().int(),
  sample: z.array(z.strictObject({ id: z.string(), title: z.string() })),
});
export const CollectionResponse = z.strictObject({
  ...PublicCollectionShape,
  storeId: z.string(),
  rules: z.array(
    z.strictObject({
      field: z.enum(['tag', 'price', 'category', 'title', 'promoted']),
      op: z.enum(['eq', 'lt', 'lte', 'gt', 'gte', 'contains']),
      value: z.string(),
    }),
  ),
  match: z.enum(['ALL', 'ANY']),
  listingIds: z.array(z.string()),
});
export const PublicCollectionList = z.strictObject({ data: z.array(PublicCollectionResponse) });

export const CategoryResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  parentId: z.string().nullable(),
  image: z.string().nullable(),
  isVisible: z.boolean(),
  sortOrder: z.number().int(),
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});
/** A visible category with its visible-listing count and its visible children. */
export const CategoryNodeResponse = CategoryResponse.extend({
  productCount: z.number().int(),
  get children() {
    return z.array(CategoryNodeResponse);
  },
});
export const CategoryTreeResponse = z.strictObject({ data: z.array(CategoryNodeResponse) });
export const CategoryBySlugResponse = CategoryNodeResponse.extend({
  breadcrumbs: z.array(z.strictObject({ id: z.string(), name: z.string(), slug: z.string() })),
});

const PublicPageShape = {
  id: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().nullable(),
  author: z.string().nullable(),
  coverImage: z.string().nullable(),
  tags: z.array(z.string()),
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  canonicalUrl: z.string().nullable().describe("Null: the page's own address is canonical"),
  publishedAt: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
};
const PageBodyShape = {
  content: z.string().describe('As stored: sanitized HTML, or the Markdown source'),
  contentFormat: z.enum(['HTML', 'MARKDOWN']),
  contentHtml: z.string().describe('Sanitized HTML, ready to render'),
};
/** A page or blog post in a storefront list: the excerpt, not the article. */
export const PublicPageSummary = z.strictObject({
  ...PublicPageShape,
  contentFormat: PageBodyShape.contentFormat,
});
export const PublicPageResponse = z.strictObject({ ...PublicPageShape, ...PageBodyShape });
export const PageMovedResponse = z
  .strictObject({
    redirectTo: z
      .string()
      .describe('The slug the page lives under now; answer with a permanent (308) redirect'),
  })
  .describe('The slug asked for is an old slug of a live page (its slug was changed)');
/** A storefront page read: the page, or where it moved when the slug asked for is an old one. */
export const PublicPageOrMoved = z.union([PublicPageResponse, PageMovedResponse]);
export const PageResponse = PublicPageResponse.extend({ storeId: z.string(), isPublished: z.boolean() });

const PublicReviewShape = {
  id: z.string(),
  listingId: z.string(),
  productId: z.string(),
  customerName: z.string(),
  rating: z.number().int(),
  title: z.string().nullable(),
  content: z.string(),
  isVerifiedPurchase: z.boolean(),
  helpfulCount: z.number().int(),
  response: z.string().nullable().describe("The merchant's published response"),
  responseAt: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
};
export const PublicReviewResponse = z.strictObject(PublicReviewShape);
export const ReviewResponse = z.strictObject({
  ...PublicReviewShape,
  storeId: z.string(),
  customerId: z.string().nullable(),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']),
  reportCount: z.number().int(),
});
export const PublicReviewPage = ListEnvelopeOf(PublicReviewResponse).extend({
  rating: z.strictObject({ average: z.number(), count: z.number().int() }),
});
export const ReviewVoteResponse = z.strictObject({
  id: z.string(),
  helpfulCount: z.number().int(),
  reportCount: z.number().int(),
});

export const UploadResponse = z.strictObject({
  data: z.array(
    z.strictObject({
      url: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
      name: z.string(),
    }),
  ),
});

type PublicCollection = Omit<
  ReturnType<typeof toCollectionDto>,
  'listingIds' | 'rules' | 'match' | 'storeId'
>;
type PublicPage = ReturnType<typeof toPublicPageDto>;
// Compile-time: the DTOs the services build fit these schemas key for key.
export type CatalogDtosFit = [
  Expect<Fits<StorefrontListing, typeof StorefrontListingResponse>>,
  Expect<Fits<ListingDto, typeof ListingResponse>>,
  Expect<Fits<ReturnType<typeof toCollectionDto>, typeof CollectionResponse>>,
  Expect<Fits<PublicCollection, typeof PublicCollectionResponse>>,
  Expect<Fits<CategoryDto, typeof CategoryResponse>>,
  Expect<Fits<PageDto, typeof PageResponse>>,
  Expect<Fits<PublicPage, typeof PublicPageResponse>>,
  Expect<Fits<Omit<PublicPage, 'content' | 'contentHtml'>, typeof PublicPageSummary>>,
  Expect<Fits<ReviewDto, typeof ReviewResponse>>,
];
