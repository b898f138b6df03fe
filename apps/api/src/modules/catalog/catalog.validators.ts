import { z } from 'zod';
import { listQuery, Money, Percent, Slug, safeLink, Uuid } from '../../platform/http/schemas.ts';

const Text = (max: number) => z.string().trim().max(max);
const Url = z
  .string()
  .max(100_000)
  .refine((v) => /^(https?:\/\/|\/|data:image\/(png|svg\+xml|jpeg|webp);)/.test(v), 'must be a URL or path');
/** Where search engines should index a page: an absolute http(s) URL, or a path on the store. */
const CanonicalUrl = safeLink(2000);
const IsoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp' });

// ── categories ────────────────────────────────────────────────────────────────────────────────
const CategoryFields = {
  name: Text(200).min(1),
  slug: Slug,
  description: Text(10_000).nullable(),
  parentId: Uuid.nullable(),
  image: Url.nullable(),
  isVisible: z.boolean(),
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000),
  metaTitle: Text(300).nullable(),
  metaDescription: Text(1000).nullable(),
};
export const UpdateCategoryBody = z.strictObject(CategoryFields).partial();
export const CreateCategoryBody = UpdateCategoryBody.required({ name: true });
export type CategoryInput = z.output<typeof UpdateCategoryBody>;
export const CategoryList = listQuery(['name', 'sortOrder', 'createdAt']).extend({
  parentId: Uuid.optional(),
});

// ── pages and blog posts ──────────────────────────────────────────────────────────────────────
const PageFields = {
  title: Text(300).min(1),
  slug: Slug,
  content: z.string().max(500_000),
  contentFormat: z.enum(['HTML', 'MARKDOWN']),
  excerpt: Text(2000).nullable(),
  author: Text(200).nullable(),
  coverImage: Url.nullable(),
  tags: z.array(Text(60).min(1)).max(50),
  metaTitle: Text(300).nullable(),
  metaDescription: Text(1000).nullable(),
  canonicalUrl: CanonicalUrl.nullable(),
  isPublished: z.boolean(),
  publishedAt: IsoDate.nullable(),
};
export const UpdatePageBody = z.strictObject(PageFields).partial();
export const CreatePageBody = UpdatePageBody.required({ title: true });
export type PageInput = z.output<typeof UpdatePageBody>;
export const PageList = listQuery(['title', 'publishedAt', 'createdAt']);
export const BlogList = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  tag: Text(60).optional(),
});

// ── reviews ───────────────────────────────────────────────────────────────────────────────────
export const ReviewList = listQuery(['createdAt', 'rating']).extend({
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).optional(),
  listingId: Uuid.optional(),
});
export const ModerateReviewBody = z.strictObject({
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).optional(),
  response: Text(5000).nullable().optional(),
});
export const RespondBody = z.strictObject({ response: Text(5000).min(1) });
export const SubmitReviewBody = z.object({
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  title: Text(200).optional(),
  content: z.string().max(10_000).default(''),
  customerName: Text(100).min(1).optional(),
});
export type SubmitReviewInput = z.output<typeof SubmitReviewBody>;
/** A review entered by the merchant (e.g. imported from elsewhere); it may be published at once. */
export const CreateReviewBody = z.strictObject({
  listingId: Uuid,
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  title: Text(200).optional(),
  content: z.string().max(10_000).default(''),
  customerName: Text(100).min(1),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).default('PENDING'),
});
export type CreateReviewInput = z.output<typeof CreateReviewBody>;
export const PublicReviewList = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  sort: z.enum(['newest', 'helpful', '-rating', 'rating']).default('newest'),
});

// ── product listings ──────────────────────────────────────────────────────────────────────────
const ListingFields = {
  productId: Uuid,
  slug: Slug,
  isVisible: z.boolean(),
  isPromoted: z.boolean(),
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000),
  customTitle: Text(300).min(1).nullable(),
  customDescription: Text(50_000).nullable(),
  customImages: z.array(Url).max(30),
  metaTitle: Text(300).nullable(),
  metaDescription: Text(1000).nullable(),
  priceMarkup: Percent.refine((v) => Number(v) > -100, 'must be above -100'),
  priceOverride: Money.nullable(),
  salePrice: Money.nullable(),
  saleStartsAt: IsoDate.nullable(),
  saleEndsAt: IsoDate.nullable(),
  taxCategory: Text(100).nullable(),
  categoryIds: z.array(Uuid).max(50),
  tags: z.array(Text(60).min(1)).max(50),
  attributes: z.record(z.string().max(100), z.unknown()),
};
export const UpdateListingBody = z.strictObject(ListingFields).partial();
export const CreateListingBody = UpdateListingBody.required({ productId: true });
export type ListingInput = z.output<typeof UpdateListingBody>;
export const ListingList = listQuery(['title', 'price', 'sortOrder', 'createdAt']).extend({
  isVisible: z.enum(['true', 'false']).optional(),
  category: Uuid.optional(),
});

/** A bulk price change in percent, at most 2 decimals: "-10" lowers by 10 %. */
const BulkPercent = z
  .union([z.string().regex(/^-?\d{1,4}(\.\d{1,2})?$/, 'must be a percentage like "-10"'), z.number()])
  .transform(Number)
  .refine(
    (v) => Number.isFinite(v) && Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
    'must have at most 2 decimals',
  )
  .refine((v) => v > -100 && v <= 1000, 'must be above -100 and at most 1000')
  .refine((v) => v !== 0, 'must not be 0');
const CompareAt = z
  .enum(['keep', 'clear'])
  .default('keep')
  .describe(
    'keep: a running sale stays (its sale price changes); clear: the sale and its struck-through price end',
  );
/** One change applied to every listing of a bulk edit. */
export const BulkListingAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setPrice'), amount: Money, compareAt: CompareAt }),
  z.strictObject({ type: z.literal('adjustPrice'), percent: BulkPercent, compareAt: CompareAt }),
  z.strictObject({ type: z.literal('setVisibility'), isVisible: z.boolean() }),
  z.strictObject({ type: z.literal('addToCategory'), categoryId: Uuid }),
  z.strictObject({ type: z.literal('removeFromCategory'), categoryId: Uuid }),
]);
export type BulkListingAction = z.output<typeof BulkListingAction>;
export const BulkEditListingsBody = z.strictObject({
  listingIds: z.array(Uuid).min(1, 'select at least one listing').max(500),
  action: BulkListingAction,
});

/** `?q=&category=&minPrice=&maxPrice=&sort=` plus attribute/option, availability and rating filters. */
export const StorefrontProductQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(120).optional(),
  collection: z.string().trim().max(120).optional(),
  minPrice: Money.optional(),
  maxPrice: Money.optional(),
  sort: z.enum(['price', '-price', 'newest', 'title', '-rating', 'relevance', 'featured']).optional(),
  available: z.enum(['true', 'false']).optional(),
  minRating: z.coerce.number().min(0).max(5).optional(),
  tag: z.string().trim().max(60).optional(),
  /** `option=Color:Red` (several as a comma-separated list: all must match). */
  option: z.string().trim().max(500).optional(),
  /** `attr=material:copper` on the listing's attributes (comma-separated: all must match). */
  attr: z.string().trim().max(500).optional(),
  promoted: z.enum(['true', 'false']).optional(),
  facets: z.enum(['true', 'false']).optional(),
});
export type StorefrontProductQuery = z.output<typeof StorefrontProductQuery>;
export const SuggestQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export const SearchAnalyticsQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

// ── collections ───────────────────────────────────────────────────────────────────────────────
const Rule = z
  .strictObject({
    field: z.enum(['tag', 'price', 'category', 'title', 'promoted']),
    op: z.enum(['eq', 'lt', 'lte', 'gt', 'gte', 'contains']),
    value: z.union([z.string().max(200), z.number(), z.boolean()]).transform(String),
  })
  // A price rule compares money: anything else could not become an amount when the rule runs.
  .refine((r) => r.field !== 'price' || /^\d{1,12}(\.\d{1,4})?$/.test(r.value.trim()), {
    path: ['value'],
    message: 'must be an amount such as 19.99',
  });
const CollectionFields = {
  title: Text(200).min(1),
  slug: Slug,
  description: Text(10_000).nullable(),
  kind: z.enum(['MANUAL', 'RULE']),
  rules: z.array(Rule).max(20),
  match: z.enum(['ALL', 'ANY']),
  listingIds: z.array(Uuid).max(500),
  isVisible: z.boolean(),
  isFeatured: z.boolean(),
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000),
};
export const UpdateCollectionBody = z.strictObject(CollectionFields).partial();
export const CreateCollectionBody = UpdateCollectionBody.required({ title: true });
export type CollectionInput = z.output<typeof UpdateCollectionBody>;
/** Rules to try before saving them (the editor's live count). */
export const CollectionPreviewBody = z.strictObject({
  match: CollectionFields.match.default('ALL'),
  rules: CollectionFields.rules,
});
export type CollectionRulesInput = z.output<typeof CollectionPreviewBody>;

export const ListingRef = z.strictObject({ listingId: Uuid });
export const SlugParams = z.object({ slug: z.string().trim().min(1).max(200) });
export const IdOnlyParams = z.object({ id: Uuid });
