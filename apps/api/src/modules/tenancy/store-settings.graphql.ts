import type { GraphQLContext } from '../../graphql/context.ts';
import { inStore } from '../../graphql/crud-mutations.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import { Hostname, listQuery } from '../../platform/http/schemas.ts';
import type { DomainService } from './domains.service.ts';
import type { StoreService } from './stores.service.ts';
import { themeService } from './themes.service.ts';

const typeDefs = /* GraphQL */ `
  type DnsChallenge { type: String!, name: String!, value: String! }
  type HttpChallenge { url: String!, body: String! }
  type DomainVerification { dns: DnsChallenge!, http: HttpChallenge! }
  "A store's hostname: verified ones route; a pending one waits for proof of control (docs/tls.md)."
  type StoreDomain {
    hostname: String!
    kind: String!
    status: String!
    verifiedBy: String
    verifiedAt: String
    verification: DomainVerification
  }
  extend type Query {
    themes(storeId: ID!): [StoreTheme!]!
    storeDomains(storeId: ID!): [StoreDomain!]!
  }
  extend type Mutation {
    "Sets the store's custom domain (pending until verified), as POST /api/stores/:id/domains."
    addStoreDomain(storeId: ID!, hostname: String!): StoreDomain!
    "Checks the proof of control, as POST /api/stores/:id/domains/:hostname/verify."
    verifyStoreDomain(storeId: ID!, hostname: String!): StoreDomain!
  }
`;

type DomainArgs = { storeId: string; hostname: string };
const page = listQuery(['createdAt']).parse({ limit: 100 });

/** Theme reads and domains over GraphQL (theme writes: themeGraphQL): the same validators, services and permissions as REST. */
export function storeSettingsGraphQL(deps: { stores: StoreService; domains: DomainService }): GraphQLModule {
  const { stores, domains } = deps;
  return {
    typeDefs,
    resolvers: {
      Query: {
        themes: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin(async (tx) => (await themeService.list(tx, a.storeId, page)).data, {
            storeId: a.storeId,
          }),
        storeDomains: (_: unknown, a: { storeId: string }, ctx: GraphQLContext) =>
          ctx.admin((tx) => domains.list(tx, a.storeId), { storeId: a.storeId }),
      },
      Mutation: {
        addStoreDomain: (_: unknown, a: DomainArgs, ctx: GraphQLContext) =>
          inStore(ctx, a.storeId, 'settings.store', 'addStoreDomain', async (tx) => {
            const hostname = Hostname.parse(a.hostname);
            const store = await stores.getStore(tx, a.storeId);
            if (store.customDomain !== hostname)
              await stores.updateStore(tx, a.storeId, { customDomain: hostname });
            return domains.describe(tx, a.storeId, hostname);
          }),
        verifyStoreDomain: (_: unknown, a: DomainArgs, ctx: GraphQLContext) =>
          inStore(ctx, a.storeId, 'settings.store', 'verifyStoreDomain', (tx) =>
            domains.verify(tx, a.storeId, Hostname.parse(a.hostname)),
          ),
      },
    },
  };
}
