import type { GraphQLContext } from '../../graphql/context.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import { unauthenticated } from '../../platform/errors.ts';
import type { CustomerService } from './customers.service.ts';
import { CreateCustomerBody, CustomerListQuery, UpdateCustomerBody } from './customers.validators.ts';

const typeDefs = /* GraphQL */ `
  enum CustomerStatus { ACTIVE INACTIVE }
  type CustomerAddress {
    id: ID!
    firstName: String!
    lastName: String!
    line1: String!
    line2: String
    city: String!
    region: String
    postalCode: String!
    country: String!
    phone: String
    isDefault: Boolean!
  }
  type Customer {
    id: ID!
    storeId: ID!
    userId: ID
    email: String!
    firstName: String
    lastName: String
    phoneNumber: String
    addresses: [CustomerAddress!]!
    defaultAddressId: ID
    status: CustomerStatus!
    marketingConsent: Boolean!
    orderCount: Int!
    totalSpent: String!
    lastOrderDate: String
    notes: String
    tags: [String!]
    segment: String
    customAttributes: JSON
    createdAt: String!
    updatedAt: String!
  }
  type CustomerList { data: [Customer!]!, total: Int!, limit: Int!, offset: Int! }
  input CustomerInput {
    email: String
    firstName: String
    lastName: String
    phoneNumber: String
    status: CustomerStatus
    marketingConsent: Boolean
    notes: String
    tags: [String!]
    segment: String
    customAttributes: JSON
  }
  extend type Query {
    customers(storeId: ID!, limit: Int, offset: Int, q: String, tag: String, sort: String): CustomerList!
    customer(storeId: ID!, id: ID!): Customer
    "The shopper of the customer token, on the store serving domain."
    me(domain: String!): Customer
  }
  extend type Mutation {
    createCustomer(storeId: ID!, input: CustomerInput!): Customer!
    updateCustomer(storeId: ID!, id: ID!, input: CustomerInput!): Customer!
    deleteCustomer(storeId: ID!, id: ID!): Boolean!
  }
`;

type Args = Record<string, unknown>;
const defined = (input: unknown) =>
  Object.fromEntries(Object.entries(input as Args).filter(([, v]) => v !== undefined && v !== null));

/** GraphQL face of customers: the same service and validators as REST. */
export function customersGraphQL(customers: CustomerService): GraphQLModule {
  return {
    typeDefs,
    resolvers: {
      Query: {
        customers: (_: unknown, { storeId, ...args }: Args, ctx: GraphQLContext) =>
          ctx.admin((tx) => customers.list(tx, String(storeId), CustomerListQuery.parse(defined(args)))),
        customer: (_: unknown, args: { storeId: string; id: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => customers.get(tx, args.storeId, args.id), { storeId: args.storeId }),
        me: (_: unknown, args: { domain: string }, ctx: GraphQLContext) => {
          const auth = ctx.auth;
          if (auth?.kind !== 'customer') throw unauthenticated('Log in as a customer first');
          return ctx.storefront(args.domain, (tx, store) => {
            if (store.storeId !== auth.storeId) throw unauthenticated('Token is not for this store');
            return customers.account(tx, store.storeId, auth.customerId);
          });
        },
      },
      Mutation: {
        createCustomer: (_: unknown, args: { storeId: string; input: unknown }, ctx: GraphQLContext) =>
          ctx.admin(
            (tx) => customers.create(tx, args.storeId, CreateCustomerBody.parse(defined(args.input))),
            {
              permission: 'customers.write',
              storeId: args.storeId,
              action: 'createCustomer',
            },
          ),
        updateCustomer: (
          _: unknown,
          args: { storeId: string; id: string; input: unknown },
          ctx: GraphQLContext,
        ) =>
          ctx.admin(
            (tx) =>
              customers.update(tx, args.storeId, args.id, UpdateCustomerBody.parse(defined(args.input))),
            { permission: 'customers.write', storeId: args.storeId, action: 'updateCustomer' },
          ),
        deleteCustomer: async (_: unknown, args: { storeId: string; id: string }, ctx: GraphQLContext) => {
          await ctx.admin((tx) => customers.remove(tx, args.storeId, args.id), {
            permission: 'customers.write',
            storeId: args.storeId,
            action: 'deleteCustomer',
          });
          return true;
        },
      },
    },
  };
}
