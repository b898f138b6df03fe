import type { GraphQLContext } from '../../graphql/context.ts';
import type { GraphQLModule } from '../../graphql/schema.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import { ForecastQuery, RangeQuery, resolveRange } from './analytics.validators.ts';
import * as experiments from './experiments.service.ts';
import type { ReportingDb } from './reporting.ts';
import * as reports from './reports.service.ts';

const FIGURES = `
    orders: Int!
    units: Int!
    refundedUnits: Int!
    grossSales: String!
    discounts: String!
    netSales: String!
    shipping: String!
    tax: String!
    totalRevenue: String!
    refunds: String!
    refundCount: Int!
    netRevenue: String!
    averageOrderValue: String!
    averageUnitsPerOrder: Float!
    costOfGoods: String!
    grossProfit: String!
    grossMargin: Float!
    unitsWithoutCost: Int!`;

const typeDefs = /* GraphQL */ `
  enum ReportInterval { day week month }
  type SalesFigures {${FIGURES}
  }
  type SalesPeriod {
    period: String!${FIGURES}
  }
  type SalesReport {
    storeId: ID!
    currency: String!
    from: String!
    to: String!
    interval: ReportInterval!
    totals: SalesFigures!
    series: [SalesPeriod!]!
  }
  type StoreSales {
    storeId: ID!
    storeName: String!
    currency: String!${FIGURES}
  }
  type CurrencySales {
    currency: String!${FIGURES}
  }
  type TenantSalesReport { from: String!, to: String!, stores: [StoreSales!]!, totals: [CurrencySales!]! }
  type ProductSales {
    listingId: ID
    productId: ID
    title: String!
    sku: String
    currency: String!
    orders: Int!
    units: Int!
    refundedUnits: Int!
    netSales: String!
    costOfGoods: String
    grossProfit: String
  }
  type ProductSalesReport { storeId: ID, from: String!, to: String!, data: [ProductSales!]! }
  type FunnelStep { step: String!, count: Int! }
  type CartAbandonment {
    abandonedCarts: Int!
    abandonedValue: String!
    remindersSent: Int!
    recoveredCarts: Int!
    recoveredAndOrdered: Int!
    recoveredRevenue: String!
    recoveryRate: Float!
  }
  type FunnelReport {
    storeId: ID!
    from: String!
    to: String!
    steps: [FunnelStep!]!
    cartToOrderRate: Float!
    checkoutToOrderRate: Float!
    sessionToOrderRate: Float
    cartAbandonmentRate: Float!
    checkoutAbandonmentRate: Float!
    abandonment: CartAbandonment!
  }
  type CustomerLifetime {
    customers: Int!
    orders: Int!
    netRevenue: String!
    averageLifetimeValue: String!
    averageOrderValue: String!
    purchaseFrequency: Float!
  }
  type CustomerRetention { previousBuyers: Int!, retained: Int!, rate: Float! }
  type CustomerReport {
    storeId: ID!
    from: String!
    to: String!
    buyers: Int!
    newBuyers: Int!
    returningBuyers: Int!
    repeatBuyers: Int!
    repeatRate: Float!
    retention: CustomerRetention!
    lifetime: CustomerLifetime!
    acquisition: JSON!
    "Buyers by the period of their first order; active[k]: how many ordered k periods later."
    cohorts: JSON!
    topCustomers: JSON!
  }
  extend type Query {
    salesReport(storeId: ID!, from: String, to: String, interval: ReportInterval): SalesReport!
    tenantSalesReport(from: String, to: String): TenantSalesReport!
    productSalesReport(storeId: ID, from: String, to: String, limit: Int): ProductSalesReport!
    funnelReport(storeId: ID!, from: String, to: String): FunnelReport!
    customerReport(storeId: ID!, from: String, to: String, interval: ReportInterval, limit: Int): CustomerReport!
    "Listings bought together (support, confidence, lift)."
    affinityReport(storeId: ID!, from: String, to: String, limit: Int): JSON!
    "Inventory velocity and turnover, tenant-wide."
    inventoryReport(from: String, to: String, limit: Int): JSON!
    "Hours from order to shipment and delivery."
    fulfillmentReport(storeId: ID!, from: String, to: String): JSON!
    "Tracked behaviour: events, session funnel, most viewed, searches."
    behaviorReport(storeId: ID!, from: String, to: String, limit: Int): JSON!
    "Linear-trend revenue forecast for the next horizon days."
    revenueForecast(storeId: ID!, from: String, to: String, horizon: Int): JSON!
    "Conversion per variant with a two-proportion z-test against the control."
    experimentReport(storeId: ID!, id: ID!): JSON!
  }
`;

type RangeArgs = { from?: string; to?: string; interval?: string; limit?: number };
const rangeOf = (a: RangeArgs) =>
  resolveRange(
    RangeQuery.parse({
      from: a.from ?? undefined,
      to: a.to ?? undefined,
      interval: a.interval ?? undefined,
      limit: a.limit ?? undefined,
    }),
  );

/** GraphQL reports: the same services as REST, on the reporting database. */
export function analyticsGraphQL(reporting: ReportingDb): GraphQLModule {
  const read = <T>(ctx: GraphQLContext, fn: (tx: TenantTx) => Promise<T>) =>
    ctx.admin((tx, auth) => reporting.read(tx, auth.tenantId, fn));
  return {
    typeDefs,
    resolvers: {
      Query: {
        salesReport: (_: unknown, a: RangeArgs & { storeId: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.salesReport(tx, a.storeId, rangeOf(a))),
        tenantSalesReport: (_: unknown, a: RangeArgs, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.tenantSalesReport(tx, rangeOf(a))),
        productSalesReport: (_: unknown, a: RangeArgs & { storeId?: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.productSalesReport(tx, a.storeId ?? null, rangeOf(a))),
        funnelReport: (_: unknown, a: RangeArgs & { storeId: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.funnelReport(tx, a.storeId, rangeOf(a))),
        customerReport: (_: unknown, a: RangeArgs & { storeId: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.customerReport(tx, a.storeId, rangeOf(a))),
        affinityReport: (_: unknown, a: RangeArgs & { storeId: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.affinityReport(tx, a.storeId, rangeOf(a))),
        inventoryReport: (_: unknown, a: RangeArgs, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.inventoryReport(tx, rangeOf(a))),
        fulfillmentReport: (_: unknown, a: RangeArgs & { storeId: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.fulfilmentReport(tx, a.storeId, rangeOf(a))),
        behaviorReport: (_: unknown, a: RangeArgs & { storeId: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => reports.behaviourReport(tx, a.storeId, rangeOf(a))),
        revenueForecast: (
          _: unknown,
          a: RangeArgs & { storeId: string; horizon?: number },
          ctx: GraphQLContext,
        ) =>
          read(ctx, (tx) =>
            reports.forecastReport(
              tx,
              a.storeId,
              rangeOf(a),
              ForecastQuery.shape.horizon.parse(a.horizon ?? undefined),
            ),
          ),
        experimentReport: (_: unknown, a: { storeId: string; id: string }, ctx: GraphQLContext) =>
          read(ctx, (tx) => experiments.experimentReport(tx, a.storeId, a.id)),
      },
    },
  };
}
