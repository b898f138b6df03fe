import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type TenantTx, writesTo } from '../../platform/db/pool.ts';

type Timestamps = { createdAt: Generated<Date>; updatedAt: Generated<Date> };
/** Postgres arrays: read as arrays, written as arrays. */
type PgArray<T> = ColumnType<T[], T[] | undefined, T[]>;
/** `numeric` comes back from pg as a string. */
type Numeric = ColumnType<string, string | number | undefined, string | number>;

export interface CategoriesTable extends Timestamps {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  name: string;
  slug: string;
  description: string | null;
  parentId: string | null;
  image: string | null;
  isVisible: Generated<boolean>;
  sortOrder: Generated<number>;
  metaTitle: string | null;
  metaDescription: string | null;
}

export interface ProductListingsTable extends Timestamps {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  productId: string;
  slug: string;
  isVisible: Generated<boolean>;
  isPromoted: Generated<boolean>;
  sortOrder: Generated<number>;
  customTitle: string | null;
  customDescription: string | null;
  customImages: Json<string[]>;
  metaTitle: string | null;
  metaDescription: string | null;
  priceMarkup: Numeric;
  priceOverrideMinor: number | null;
  salePriceMinor: number | null;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  taxCategory: string | null;
  categoryIds: PgArray<string>;
  tags: PgArray<string>;
  attributes: Json<Record<string, unknown>>;
  title: string;
  description: string | null;
  productType: Generated<string>;
  basePriceMinor: Generated<number>;
  priceMinor: ColumnType<number, never, never>;
  inStock: Generated<boolean>;
  productMissing: Generated<boolean>;
  optionValues: PgArray<string>;
  images: Json<string[]>;
  ratingAvg: Numeric;
  ratingCount: Generated<number>;
  salesCount: Generated<number>;
  searchVector: ColumnType<string, never, never>;
}

export interface CollectionsTable extends Timestamps {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  title: string;
  slug: string;
  description: string | null;
  kind: Generated<'MANUAL' | 'RULE'>;
  rules: Json<CollectionRule[]>;
  match: Generated<'ALL' | 'ANY'>;
  listingIds: PgArray<string>;
  isVisible: Generated<boolean>;
  isFeatured: Generated<boolean>;
  sortOrder: Generated<number>;
}

export type CollectionRule = {
  field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
  op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
  value: string;
};

export type PageKind = 'PAGE' | 'POST';
export interface StorePagesTable extends Timestamps {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  kind: PageKind;
  title: string;
  slug: string;
  content: string;
  contentFormat: 'HTML' | 'MARKDOWN';
  contentHtml: string;
  excerpt: string | null;
  author: string | null;
  coverImage: string | null;
  tags: PgArray<string>;
  metaTitle: string | null;
  metaDescription: string | null;
  /** migrations/0841: null means the page's own address. */
  canonicalUrl: Generated<string | null>;
  isPublished: Generated<boolean>;
  publishedAt: Date | null;
}

/** An old slug of a page or post, pointing at the page it now lives under (migrations/0810). */
export interface ContentRedirectsTable {
  tenantId: TenantId;
  storeId: string;
  kind: PageKind;
  oldSlug: string;
  pageId: string;
  createdAt: Generated<Date>;
}

/** A store's header or footer menu: its items as the API validated them (migrations/0840). */
export interface StoreMenusTable extends Timestamps {
  tenantId: TenantId;
  storeId: string;
  handle: 'header' | 'footer';
  items: Json<unknown>;
}

export type ReviewStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export interface ProductReviewsTable extends Timestamps {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  listingId: string;
  productId: string;
  customerId: string | null;
  customerName: string;
  rating: number;
  title: string | null;
  content: string;
  status: Generated<ReviewStatus>;
  isVerifiedPurchase: Generated<boolean>;
  helpfulCount: Generated<number>;
  reportCount: Generated<number>;
  response: string | null;
  responseAt: Date | null;
}

export interface ReviewVotesTable {
  tenantId: TenantId;
  reviewId: string;
  voter: string;
  kind: 'HELPFUL' | 'REPORT';
  createdAt: Generated<Date>;
}

export interface SearchQueriesTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  query: string;
  resultCount: number;
  createdAt: Generated<Date>;
}

export interface RecentlyViewedTable {
  tenantId: TenantId;
  storeId: string;
  viewer: string;
  listingId: string;
  viewedAt: Generated<Date>;
}

export interface WishlistItemsTable {
  tenantId: TenantId;
  storeId: string;
  owner: string;
  listingId: string;
  createdAt: Generated<Date>;
}

export interface CatalogOrderFactsTable {
  tenantId: TenantId;
  orderId: string;
  storeId: string;
  createdAt: Generated<Date>;
}
export interface ListingCopurchasesTable {
  tenantId: TenantId;
  storeId: string;
  listingId: string;
  otherListingId: string;
  orders: Generated<number>;
}
export interface CatalogPurchasesTable {
  tenantId: TenantId;
  storeId: string;
  customerId: string;
  listingId: string;
}

export interface CatalogTables {
  catalogOrderFacts: CatalogOrderFactsTable;
  listingCopurchases: ListingCopurchasesTable;
  catalogPurchases: CatalogPurchasesTable;
  categories: CategoriesTable;
  productListings: ProductListingsTable;
  collections: CollectionsTable;
  storePages: StorePagesTable;
  contentRedirects: ContentRedirectsTable;
  storeMenus: StoreMenusTable;
  productReviews: ProductReviewsTable;
  reviewVotes: ReviewVotesTable;
  searchQueries: SearchQueriesTable;
  recentlyViewed: RecentlyViewedTable;
  wishlistItems: WishlistItemsTable;
}

export type CategoryRow = Selectable<CategoriesTable>;
export type ListingRow = Selectable<ProductListingsTable>;
export type CollectionRow = Selectable<CollectionsTable>;
export type PageRow = Selectable<StorePagesTable>;
export type ReviewRow = Selectable<ProductReviewsTable>;

/** Catalog writes its own tables only: its handle on the caller's tenant transaction. */
export const catalogWrites = (tx: TenantTx) => writesTo<CatalogTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends CatalogTables {}
}
