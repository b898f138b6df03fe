import DataLoader from 'dataloader';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { toCategoryDto, toPublicReviewDto } from './catalog.dto.ts';
import { catalogMutations, mutationTypeDefs } from './catalog.mutations.graphql.ts';
import type { StorefrontProductPage } from './catalog.responses.ts';
import type { ReviewRow } from './catalog.schema.ts';
import { ListingList, PageList, ReviewList, StorefrontProductQuery } from './catalog.validators.ts';
import { categoryService } from './categories.service.ts';
import { collectionService } from './collections.service.ts';
import { contentService } from './content.service.ts';
import type { ListingService } from './listings.service.ts';
import { reviewService } from './reviews.service.ts';
import type { SearchLog } from './search-log.ts';
import type { StorefrontService } from './storefront.service.ts';

const queryTypeDefs = /* GraphQL */ `
  enum ReviewStatus { PENDING APPROVED REJECTED }
  type ListingVariant {
    id: ID!
    sku: String!
    name: String!
    options: JSON
    isDefault: Boolean!
    price: String!
    compareAtPrice: String
    available: Int!
  }
  type ProductListing {
    id: ID!
    storeId: ID
    productId: ID
    slug: String!
    title: String!
    description: String
    isVisible: Boolean
    isPromoted: Boolean!
    sortOrder: Int
    customTitle: String
    customDescription: String
    customImages: [String!]
    metaTitle: String
    metaDescription: String
    priceMarkup: String
    priceOverride: String
    taxCategory: String
    categoryIds: [ID!]!
    tags: [String!]!
    attributes: JSON
    price: String!
    compareAtPrice: String
    currency: String!
    available: Int!
    inStock: Boolean!
    images: [String!]!
    rating: Float!
    ratingCount: Int!
    productType: String!
    isDigital: Boolean!
    variants: [ListingVariant!]!
    categories: [Category!]!
    reviews(limit: Int = 5): [ProductReview!]!
    createdAt: String!
  }
  type ProductListingPage { data: [ProductListing!]!, total: Int!, limit: Int!, offset: Int! }
  type Category {
    id: ID!
    storeId: ID!
    name: String!
    slug: String!
    description: String
    parentId: ID
    image: String
    isVisible: Boolean!
    sortOrder: Int!
    metaTitle: String
    metaDescription: String
    productCount: Int
    children: [Category!]
  }
  type StorePage {
    id: ID!
    storeId: ID
    title: String!
    slug: String!
    content: String
    contentHtml: String!
    excerpt: String
    author: String
    coverImage: String
    tags: [String!]!
    metaTitle: String
    metaDescription: String
    canonicalUrl: String
    isPublished: Boolean
    publishedAt: String
    createdAt: String!
    updatedAt: String!
  }
  type StorePagePage { data: [StorePage!]!, total: Int!, limit: Int!, offset: Int! }
  type ProductReview {
    id: ID!
    storeId: ID
    listingId: ID!
    productId: ID!
    customerId: ID
    customerName: String!
    rating: Int!
    title: String
    content: String!
    status: ReviewStatus
    isVerifiedPurchase: Boolean!
    helpfulCount: Int!
    reportCount: Int
    response: String
    responseAt: String
    createdAt: String!
  }
  type ProductReviewPage { data: [ProductReview!]!, total: Int!, limit: Int!, offset: Int! }
  type SearchSuggestion { slug: String!, title: String!, image: String }
  type Collection {
    id: ID!
    title: String!
    slug: String!
    description: String
    kind: String!
    isFeatured: Boolean!
    sortOrder: Int!
    products(limit: Int = 20, offset: Int = 0, sort: String): ProductListingPage!
  }
  extend type Query {
    catalog(domain: String!, q: String, category: String, collection: String, minPrice: String, maxPrice: String,
      sort: String, limit: Int, offset: Int): ProductListingPage!
    productListing(domain: String!, slug: String!): ProductListing
    categories(domain: String!): [Category!]!
    category(domain: String!, slug: String!): Category
    storePage(domain: String!, slug: String!): StorePage
    blogPosts(domain: String!, limit: Int, offset: Int): StorePagePage!
    blogPost(domain: String!, slug: String!): StorePage
    searchSuggest(domain: String!, q: String!): [SearchSuggestion!]!
    collections(domain: String!): [Collection!]!
    productListings(storeId: ID!, q: String, sort: String, limit: Int, offset: Int): ProductListingPage!
    storePages(storeId: ID!, limit: Int, offset: Int): StorePagePage!
    productReviews(storeId: ID!, status: ReviewStatus, limit: Int, offset: Int): ProductReviewPage!
  }
`;

type Args = Record<string, unknown>;
/** Where a node came from, so its relations load in the same tenant (storefront domain or admin). */
type Scope = { domain: string | null };
type Node = { id: string; categoryIds: string[]; _scope: Scope };
type Loaders = {
  reviews: DataLoader<string, ReviewRow[]>;
  categories: DataLoader<string, ReturnType<typeof toCategoryDto> | null>;
};

const clean = (args: Args) =>
  Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== null));
const REVIEWS_PER_LISTING = 20;

/** One set of loaders per request and scope: relations of a whole page load in one statement each. */
const loaderCache = new WeakMap<GraphQLContext, Map<string, Loaders>>();
function loaders(ctx: GraphQLContext, scope: Scope): Loaders {
  let byScope = loaderCache.get(ctx);
  if (!byScope) {
    byScope = new Map();
    loaderCache.set(ctx, byScope);
  }
  const key = scope.domain ?? '(admin)';
  const found = byScope.get(key);
  if (found) return found;
  const run = <T>(fn: (tx: TenantTx) => Promise<T>) =>
    scope.domain ? ctx.storefront(scope.domain, (tx) => fn(tx)) : ctx.admin((tx) => fn(tx));
  const made: Loaders = {
    reviews: new DataLoader(async (ids) => {
      const { rows } = await run((tx) =>
        sql<ReviewRow>`
          select * from (
            select r.*, row_number() over (partition by listing_id order by created_at desc, id) as n
            from product_reviews r where listing_id = any(${[...ids]}::uuid[]) and status = 'APPROVED'
          ) x where n <= ${REVIEWS_PER_LISTING}`.execute(tx),
      );
      return ids.map((id) => rows.filter((r) => r.listingId === id));
    }),
    categories: new DataLoader(async (ids) => {
      const rows = await run((tx) => {
        let q = tx
          .selectFrom('categories')
          .selectAll()
          .where('id', 'in', [...ids]);
        if (scope.domain) q = q.where('isVisible', '=', true);
        return q.execute();
      });
      const byId = new Map(rows.map((r) => [r.id, toCategoryDto(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
  byScope.set(key, made);
  return made;
}

const tag = <T extends object>(items: T[], scope: Scope) => items.map((i) => ({ ...i, _scope: scope }));

/** A storefront list page, as the REST reply's JSON text gives it. */
type StorefrontPage = z.infer<typeof StorefrontProductPage>;

/** GraphQL for the catalog, categories, pages and reviews, named as the seed's models. */
export function catalogGraphQL(deps: {
  listings: ListingService;
  storefront: StorefrontService;
  searchLog: SearchLog;
}): GraphQLModule {
  const pages = contentService('PAGE');
  const posts = contentService('POST');
  return {
    typeDefs: queryTypeDefs + mutationTypeDefs,
    resolvers: {
      Query: {
        catalog: async (_: unknown, args: Args & { domain: string }, ctx: GraphQLContext) => {
          const page = await ctx.storefront(args.domain, async (tx, store) => {
            const query = StorefrontProductQuery.parse(clean({ ...args, domain: undefined }));
            const found = await deps.storefront.products(tx, store.storeId, query);
            deps.searchLog.record(store, query.q, query.offset, found.total);
            return JSON.parse(found.json) as StorefrontPage;
          });
          return { ...page, data: tag(page.data, { domain: args.domain }) };
        },
        productListing: async (_: unknown, args: { domain: string; slug: string }, ctx: GraphQLContext) => {
          const found = await ctx.storefront(args.domain, (tx, store) =>
            deps.storefront.product(tx, store.storeId, args.slug),
          );
          const listing = JSON.parse(found.json) as Record<string, unknown>;
          return { ...listing, _scope: { domain: args.domain } };
        },
        categories: (_: unknown, args: { domain: string }, ctx: GraphQLContext) =>
          ctx.storefront(args.domain, (tx, store) => categoryService.tree(tx, store.storeId)),
        category: (_: unknown, args: { domain: string; slug: string }, ctx: GraphQLContext) =>
          ctx.storefront(args.domain, (tx, store) => categoryService.bySlug(tx, store.storeId, args.slug)),
        storePage: (_: unknown, args: { domain: string; slug: string }, ctx: GraphQLContext) =>
          ctx.storefront(args.domain, (tx, store) => pages.published(tx, store.storeId, args.slug)),
        blogPosts: (_: unknown, args: Args & { domain: string }, ctx: GraphQLContext) =>
          ctx.storefront(args.domain, (tx, store) =>
            posts.publishedList(tx, store.storeId, {
              limit: Number(args.limit ?? 20),
              offset: Number(args.offset ?? 0),
            }),
          ),
        blogPost: (_: unknown, args: { domain: string; slug: string }, ctx: GraphQLContext) =>
          ctx.storefront(args.domain, (tx, store) => posts.published(tx, store.storeId, args.slug)),
        collections: async (_: unknown, args: { domain: string }, ctx: GraphQLContext) =>
          (
            await ctx.storefront(args.domain, (tx, store) => collectionService.visible(tx, store.storeId))
          ).map((c) => ({
            ...c,
            _domain: args.domain,
          })),
        searchSuggest: async (_: unknown, args: { domain: string; q: string }, ctx: GraphQLContext) =>
          (
            await ctx.storefront(args.domain, (tx, store) =>
              deps.storefront.suggest(tx, store.storeId, args.q, 8),
            )
          ).suggestions,
        productListings: async (_: unknown, args: Args & { storeId: string }, ctx: GraphQLContext) => {
          const page = await ctx.admin((tx) =>
            deps.listings.list(tx, args.storeId, ListingList.parse(clean({ ...args, storeId: undefined }))),
          );
          return { ...page, data: tag(page.data, { domain: null }) };
        },
        storePages: (_: unknown, args: Args & { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) =>
            pages.list(tx, args.storeId, PageList.parse(clean({ ...args, storeId: undefined }))),
          ),
        productReviews: (_: unknown, args: Args & { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) =>
            reviewService.list(tx, args.storeId, ReviewList.parse(clean({ ...args, storeId: undefined }))),
          ),
      },
      Mutation: catalogMutations(deps.listings),
      Collection: {
        products: async (node: { slug: string; _domain: string }, args: Args, ctx: GraphQLContext) => {
          const page = await ctx.storefront(node._domain, async (tx, store) => {
            const found = await deps.storefront.products(
              tx,
              store.storeId,
              StorefrontProductQuery.parse(clean({ ...args, collection: node.slug })),
            );
            return JSON.parse(found.json) as StorefrontPage;
          });
          return { ...page, data: tag(page.data, { domain: node._domain }) };
        },
      },
      ProductListing: {
        reviews: async (node: Node, args: { limit: number }, ctx: GraphQLContext) => {
          const rows = await loaders(ctx, node._scope).reviews.load(node.id);
          return rows.slice(0, Math.min(args.limit, REVIEWS_PER_LISTING)).map(toPublicReviewDto);
        },
        categories: async (node: Node, _: Args, ctx: GraphQLContext) => {
          const found = await loaders(ctx, node._scope).categories.loadMany(node.categoryIds);
          return found.filter(
            (c): c is ReturnType<typeof toCategoryDto> => c !== null && !(c instanceof Error),
          );
        },
      },
    },
  };
}
