import type { GraphQLContext } from '../../graphql/context.ts';
import { inStore as inStoreWith, parseUpdate } from '../../graphql/crud-mutations.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
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
    deleteProductListing(storeId: ID!, id: ID!): Boolean!
    deleteStorePage(storeId: ID!, id: ID!): Boolean!
  }
`;

type StoreArgs = { storeId: string; id: string; input: unknown };
type Status = 'PENDING' | 'APPROVED' | 'REJECTED';

export function catalogMutations(listings: ListingService) {
  const pages = contentService('PAGE');
  const inStore = <T>(
    ctx: GraphQLContext,
    storeId: string,
    action: string,
    fn: (tx: TenantTx) => Promise<T>,
  ) => inStoreWith(ctx, storeId, 'catalog.write', action, fn);
  return {
    moderateReview: (
      _: unknown,
      a: StoreArgs & { status?: Status; response?: string },
      ctx: GraphQLContext,
    ) =>
      inStore(ctx, a.storeId, 'moderateReview', (tx) =>
        reviewService.moderate(tx, a.storeId, a.id, {
          ...(a.status ? { status: a.status } : {}),
          ...(a.response !== undefined && a.response !== null ? { response: a.response } : {}),
        }),
      ),
    createCategory: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'createCategory', (tx) =>
        categoryService.create(tx, a.storeId, CreateCategoryBody.parse(a.input)),
      ),
    updateCategory: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'updateCategory', (tx) =>
        categoryService.update(tx, a.storeId, a.id, parseUpdate(UpdateCategoryBody, a.input)),
      ),
    deleteCategory: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'deleteCategory', async (tx) => {
        await categoryService.remove(tx, a.storeId, a.id);
        return true;
      }),
    createStorePage: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'createStorePage', (tx) =>
        pages.create(tx, a.storeId, CreatePageBody.parse(a.input)),
      ),
    updateStorePage: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'updateStorePage', (tx) =>
        pages.update(tx, a.storeId, a.id, parseUpdate(UpdatePageBody, a.input)),
      ),
    createProductListing: async (_: unknown, a: StoreArgs, ctx: GraphQLContext) => ({
      ...(await inStore(ctx, a.storeId, 'createProductListing', (tx) =>
        listings.create(tx, a.storeId, CreateListingBody.parse(a.input)),
      )),
      _scope: { domain: null },
    }),
    updateProductListing: async (_: unknown, a: StoreArgs, ctx: GraphQLContext) => ({
      ...(await inStore(ctx, a.storeId, 'updateProductListing', (tx) =>
        listings.update(tx, a.storeId, a.id, parseUpdate(UpdateListingBody, a.input)),
      )),
      _scope: { domain: null },
    }),
    deleteProductListing: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'deleteProductListing', async (tx) => {
        await listings.remove(tx, a.storeId, a.id);
        return true;
      }),
    deleteStorePage: (_: unknown, a: StoreArgs, ctx: GraphQLContext) =>
      inStore(ctx, a.storeId, 'deleteStorePage', async (tx) => {
        await pages.remove(tx, a.storeId, a.id);
        return true;
      }),
  };
}
