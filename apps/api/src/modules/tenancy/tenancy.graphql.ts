import type { GraphQLContext } from '../../graphql/context.ts';
import { crudMutations, parseUpdate } from '../../graphql/crud-mutations.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import { listQuery } from '../../platform/http/schemas.ts';
import type { StoreArchiveService } from './store-archive.service.ts';
import type { StoreService } from './stores.service.ts';
import { CreateStoreBody, CreateThemeBody, UpdateStoreBody, UpdateThemeBody } from './tenancy.validators.ts';
import { themeService } from './themes.service.ts';

const typeDefs = /* GraphQL */ `
  enum StoreStatus { ACTIVE INACTIVE PENDING ARCHIVED }
  type Store {
    id: ID!
    tenantId: ID!
    name: String!
    domain: String!
    customDomain: String
    logo: String
    favicon: String
    primaryColor: String
    secondaryColor: String
    description: String
    contactEmail: String
    contactPhone: String
    socialLinks: JSON
    settings: JSON
    currency: String!
    status: StoreStatus!
    createdAt: String!
    updatedAt: String!
  }
  type StoreTheme {
    id: ID!
    storeId: ID!
    name: String!
    isActive: Boolean!
    headerLayout: String!
    footerLayout: String!
    homeLayout: String!
    productLayout: String!
    categoryLayout: String!
    checkoutLayout: String!
    customCSS: String
    customJS: String
    settings: JSON
  }
  type StoreList { data: [Store!]!, total: Int!, limit: Int!, offset: Int! }
  type StorefrontSettings {
    id: ID!
    name: String!
    domain: String!
    customDomain: String
    logo: String
    favicon: String
    primaryColor: String
    secondaryColor: String
    description: String
    currency: String!
    settings: JSON
    theme: StoreTheme
  }
  input StoreInput {
    name: String
    domain: String
    customDomain: String
    logo: String
    favicon: String
    primaryColor: String
    secondaryColor: String
    description: String
    contactEmail: String
    contactPhone: String
    socialLinks: JSON
    settings: JSON
    currency: String
    status: StoreStatus
  }
  extend type Query {
    stores(limit: Int, offset: Int, q: String): StoreList!
    store(id: ID!): Store
    storefrontSettings(domain: String!): StorefrontSettings
  }
  extend type Mutation {
    createStore(input: StoreInput!): Store!
    updateStore(id: ID!, input: StoreInput!): Store!
    deleteStore(id: ID!): Boolean!
  }
`;

const StoreListArgs = listQuery(['name', 'createdAt']);
type Args = Record<string, unknown>;
const withoutNulls = (input: unknown) =>
  Object.fromEntries(Object.entries(input as Args).filter(([, v]) => v !== undefined));

export function tenancyGraphQL(stores: StoreService, archive: StoreArchiveService): GraphQLModule {
  return {
    typeDefs,
    resolvers: {
      Query: {
        stores: (_: unknown, args: Args, ctx: GraphQLContext) =>
          ctx.admin((tx, auth) => stores.listStores(tx, StoreListArgs.parse(args), auth.storeIds)),
        store: (_: unknown, args: { id: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => stores.getStore(tx, args.id), { storeId: args.id }),
        storefrontSettings: (_: unknown, args: { domain: string }, ctx: GraphQLContext) =>
          ctx.storefront(args.domain, (tx, store) => stores.storefrontSettings(tx, store.storeId)),
      },
      Mutation: {
        createStore: (_: unknown, args: { input: unknown }, ctx: GraphQLContext) =>
          ctx.admin((tx) => stores.createStore(tx, CreateStoreBody.parse(withoutNulls(args.input))), {
            permission: 'stores.manage',
            action: 'createStore',
          }),
        updateStore: (_: unknown, args: { id: string; input: unknown }, ctx: GraphQLContext) =>
          ctx.admin(
            (tx) => stores.updateStore(tx, args.id, parseUpdate(UpdateStoreBody, withoutNulls(args.input))),
            {
              permission: 'settings.store',
              storeId: args.id,
              action: 'updateStore',
            },
          ),
        deleteStore: async (_: unknown, args: { id: string }, ctx: GraphQLContext) => {
          await ctx.admin((tx) => archive.archive(tx, args.id), {
            permission: 'stores.manage',
            storeId: args.id,
            action: 'deleteStore',
          });
          return true;
        },
      },
    },
  };
}

/** `createStoreTheme`, `updateStoreTheme`, `deleteStoreTheme`, as the REST theme routes. */
export function themeGraphQL(): GraphQLModule {
  return crudMutations({
    type: 'StoreTheme',
    permission: 'settings.store',
    createBody: CreateThemeBody,
    updateBody: UpdateThemeBody,
    service: themeService,
  });
}
