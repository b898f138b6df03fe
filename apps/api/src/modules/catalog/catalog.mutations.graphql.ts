import { sql } from 'kysely';
import type { GraphQLContext } from '../../graphql/context.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import {
  CreateCategoryBody,
  CreateListingBody,
  CreatePageBody,
  UpdateCategoryBody,
  UpdateListingBody,
  UpdatePageBody,
} from './catalog.validators.ts';
import { categoryService } from './categories.service.ts';
import { contentService } from './content.service.ts';
import type { ListingService } from './listings.service.ts';
import { reviewService } from './reviews.service.ts';

/** Merchant mutations: the same validators and services as REST, in the caller's tenant. */
export const mutationTypeDefs = /* GraphQL */ `
  extend type Mutation {
    moderateReview(storeId: ID!, id: ID!, status: ReviewStatus, response: String): ProductReview!
    createCategory(storeId: ID!, input: JSON!): Category!
    updateCategory(storeId: ID!, id: ID!, input: JSON!): Category!
    deleteCategory(storeId: ID!, id: ID!): Boolean!
    createStorePage(storeId: ID!, input: JSON!): StorePage!
    updateStorePage(storeId: ID!, id: ID!, input: JSON!): StorePage!
    createProductListing(storeId: ID!, input: JSON!): ProductListing!
    updateProductListing(storeId: ID!, id: ID!, input: JSON!): ProductListing!
    deleteStorePage(storeId: ID!, id: ID!): Boolean!
    deleteProductListing(storeId: ID!, id: ID!): Boolean!
  }
`;

/** Admin GraphQL calls name a store; one of another tenant is simply not found (RLS hides it). */
async function assertStore(tx: TenantTx, storeId: string) {
  const { rows } = await sql`select 1 from stores where id = ${storeId}`.execute(tx);
  if (rows.length === 0) throw notFound('Store');
}

type StoreArgs = { storeId: string; id: string; input: unknown };
type Status = 'PENDING' | 'APPROVED' | 'REJECTED';

export function catalogMutations(listings: ListingService) {
  const pages = contentService('PAGE');
  const inStore = <T>(ctx: GraphQLContext, storeId: string, fn: (tx: TenantTx) => Promise<T>) =>
    ctx.admin(
      async (tx) => {
        await assertStore(tx, storeId);
        return fn(tx);
      },
      { permission: 'catalog.write', storeId, action: 'catalog' },
    );
  return {
    moderateReview: (
      _: unknown,
      a: StoreArgs & { status?: Status; response?: string },
      ctx: GraphQLContext,
    ) =>
      inStore(ctx, a.storeId, (tx) =>
        reviewService.moderate(tx, a.storeId, a.id, {
          ...(a.status ? { status: a.status } : {}),
          ...(a.response !== undefined && a.response !== null ? { response: a.response } : {}),
        }),
      ),
    createCategory: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, (tx) =>
        categoryService.create(tx, a.storeId, CreateCategoryBody.parse(a.input)),
      ),
    updateCategory: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, (tx) =>
        categoryService.update(tx, a.storeId, a.id, UpdateCategoryBody.parse(a.input)),
      ),
    deleteCategory: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, async (tx) => {
        await categoryService.remove(tx, a.storeId, a.id);
        return true;
      }),
    createStorePage: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, (tx) => pages.create(tx, a.storeId, CreatePageBody.parse(a.input))),
    updateStorePage: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, (tx) => pages.update(tx, a.storeId, a.id, UpdatePageBody.parse(a.input))),
    deleteStorePage: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, async (tx) => {
        await pages.remove(tx, a.storeId, a.id);
        return true;
      }),
    deleteProductListing: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, async (tx) => {
        await listings.remove(tx, a.storeId, a.id);
        return true;
      }),
    createProductListing: async (_: unknown, a: StoreArgs, ctx: GraphQLContext) => ({
      ...(await inStore(ctx, a.storeId, (tx) =>
        listings.create(tx, a.storeId, CreateListingBody.parse(a.input)),
      )),
      _scope: { domain: null },
    }),
    updateProductListing: async (_: unknown, a: StoreArgs, ctx: GraphQLContext) => ({
      ...(await inStore(ctx, a.storeId, (tx) =>
        listings.update(tx, a.storeId, a.id, UpdateListingBody.parse(a.input)),
      )),
      _scope: { domain: null },
    }),
  };
}
