import type { GraphQLContext } from '../../graphql/context.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import {
  AdjustmentBody,
  CreateProductBody,
  ProductListQuery,
  TransactionListQuery,
  UpdateProductBody,
} from './inventory.validators.ts';
import { locationService } from './locations.service.ts';
import type { ProductService } from './products.service.ts';
import { latestReconciliation } from './reconciliation.ts';

// Inventory types are prefixed: the storefront's products are `ProductListing`s (catalog).
const typeDefs = /* GraphQL */ `
  enum ProductType { PHYSICAL DIGITAL BUNDLE }
  type Stock { onHand: Int!, reserved: Int!, allocated: Int!, available: Int! }
  type InventoryVariant {
    id: ID!
    sku: String!
    name: String!
    options: JSON
    price: String!
    weight: Float
    lowStockThreshold: Int
    isDefault: Boolean!
    stock: Stock!
  }
  type BundleItem { variantId: ID!, productId: ID!, sku: String!, name: String!, quantity: Int! }
  type InventoryProduct {
    id: ID!
    sku: String!
    name: String!
    description: String
    price: String!
    cost: String
    currency: String!
    weight: Float
    type: ProductType!
    images: [String!]!
    attributes: JSON
    variants: [InventoryVariant!]!
    bundleItems: [BundleItem!]!
    lowStockThreshold: Int
    stock: Stock!
    createdAt: String!
    updatedAt: String!
  }
  type InventoryProductList { data: [InventoryProduct!]!, total: Int!, limit: Int!, offset: Int! }
  type InventoryTransaction {
    id: ID!
    type: String!
    quantity: Int!
    reason: String
    reference: String
    variantId: ID!
    locationId: ID!
    createdAt: String!
  }
  type InventoryTransactionList { data: [InventoryTransaction!]!, total: Int!, limit: Int!, offset: Int! }
  type InventoryLocation { id: ID!, name: String!, code: String!, address: JSON, isDefault: Boolean! }
  type InventoryAlert {
    id: ID!
    kind: String!
    productId: ID!
    variantId: ID!
    available: Int!
    threshold: Int!
    createdAt: String!
  }
  type InventoryAlertList { data: [InventoryAlert!]!, total: Int!, limit: Int!, offset: Int! }
  type StockDrift { variantId: ID!, locationId: ID!, field: String!, source: String!, expected: Int!, actual: Int! }
  type ReconciliationReport { id: ID, checkedAt: String, rowsChecked: Int!, drift: [StockDrift!]! }
  input InventoryVariantInput {
    id: ID
    sku: String!
    name: String
    options: JSON
    price: String
    weight: Float
    lowStockThreshold: Int
    initialStock: Int
  }
  input BundleItemInput { variantId: ID, productId: ID, quantity: Int! }
  input InventoryProductInput {
    sku: String
    name: String
    description: String
    price: String
    cost: String
    weight: Float
    type: ProductType
    images: [String!]
    attributes: JSON
    lowStockThreshold: Int
    variants: [InventoryVariantInput!]
    bundleItems: [BundleItemInput!]
    initialStock: Int
  }
  extend type Query {
    inventoryProducts(limit: Int, offset: Int, q: String, sort: String, type: ProductType): InventoryProductList!
    inventoryProduct(id: ID!): InventoryProduct
    inventoryTransactions(productId: ID!, limit: Int, offset: Int, sort: String): InventoryTransactionList!
    inventoryLocations: [InventoryLocation!]!
    inventoryAlerts(limit: Int, offset: Int): InventoryAlertList!
    inventoryReconciliation: ReconciliationReport!
  }
  extend type Mutation {
    createInventoryProduct(input: InventoryProductInput!): InventoryProduct!
    updateInventoryProduct(id: ID!, input: InventoryProductInput!): InventoryProduct!
    deleteInventoryProduct(id: ID!): Boolean!
    adjustStock(productId: ID!, quantity: Int!, reason: String!, variantId: ID, locationId: ID): InventoryProduct!
  }
`;

type Args = Record<string, unknown>;
/** GraphQL sends explicit nulls for left-out optional arguments; the validators expect them absent. */
const defined = (input: unknown) =>
  Object.fromEntries(Object.entries((input ?? {}) as Args).filter(([, v]) => v !== undefined && v !== null));

export function inventoryGraphQL(products: ProductService): GraphQLModule {
  return {
    typeDefs,
    resolvers: {
      Query: {
        inventoryProducts: (_: unknown, args: Args, ctx: GraphQLContext) =>
          ctx.admin((tx) => products.list(tx, ProductListQuery.parse(defined(args)))),
        inventoryProduct: (_: unknown, args: { id: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => products.get(tx, args.id)),
        inventoryTransactions: (_: unknown, args: Args & { productId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) =>
            products.transactions(
              tx,
              args.productId,
              TransactionListQuery.parse(defined({ ...args, productId: undefined })),
            ),
          ),
        inventoryLocations: (_: unknown, __: Args, ctx: GraphQLContext) =>
          ctx.admin(async (tx) => (await locationService.list(tx)).data),
        inventoryAlerts: (_: unknown, args: Args, ctx: GraphQLContext) =>
          ctx.admin((tx) => locationService.alerts(tx, TransactionListQuery.parse(defined(args)))),
        inventoryReconciliation: (_: unknown, __: Args, ctx: GraphQLContext) =>
          ctx.admin((tx) => latestReconciliation(tx)),
      },
      Mutation: {
        createInventoryProduct: (_: unknown, args: { input: unknown }, ctx: GraphQLContext) =>
          ctx.admin(
            (tx, auth) => products.create(tx, CreateProductBody.parse(defined(args.input)), auth.userId),
            {
              permission: 'inventory.write',
              action: 'createInventoryProduct',
            },
          ),
        updateInventoryProduct: (_: unknown, args: { id: string; input: unknown }, ctx: GraphQLContext) =>
          ctx.admin((tx) => products.update(tx, args.id, UpdateProductBody.parse(defined(args.input))), {
            permission: 'inventory.write',
            action: 'updateInventoryProduct',
          }),
        deleteInventoryProduct: async (_: unknown, args: { id: string }, ctx: GraphQLContext) => {
          await ctx.admin((tx) => products.remove(tx, args.id), {
            permission: 'inventory.manage',
            action: 'deleteInventoryProduct',
          });
          return true;
        },
        adjustStock: (_: unknown, args: Args & { productId: string }, ctx: GraphQLContext) =>
          ctx.admin(
            (tx, auth) =>
              products.adjust(
                tx,
                args.productId,
                AdjustmentBody.parse(defined({ ...args, productId: undefined })),
                auth.userId,
              ),
            { permission: 'inventory.write', action: 'adjustStock' },
          ),
      },
    },
  };
}
