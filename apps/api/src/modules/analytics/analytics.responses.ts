import { z } from 'zod';
import {
  DateTimeOut,
  type Expect,
  type Fits,
  ListEnvelopeOf,
  MoneyOut,
} from '../../platform/http/schemas.ts';
import type * as experiments from './experiments.service.ts';
import type * as reports from './reports.service.ts';

/**
 * What the analytics routes answer, as the wire carries it; checked against every reply in tests
 * with VALIDATE_RESPONSES=1 (see platform/http). Rates and ratios are numbers in [0, 1].
 */
const Int = z.number().int();
const Rate = z.number();
const Window = {
  from: DateTimeOut,
  to: DateTimeOut.describe('Exclusive'),
  interval: z.enum(['day', 'week', 'month']),
};
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const SalesFiguresShape = {
  orders: Int,
  units: Int,
  refundedUnits: Int,
  grossSales: MoneyOut,
  discounts: MoneyOut,
  netSales: MoneyOut,
  shipping: MoneyOut,
  tax: MoneyOut,
  totalRevenue: MoneyOut,
  refunds: MoneyOut,
  refundCount: Int,
  netRevenue: MoneyOut,
  averageOrderValue: MoneyOut,
  averageUnitsPerOrder: z.number(),
  costOfGoods: MoneyOut,
  grossProfit: MoneyOut,
  grossMargin: Rate,
  unitsWithoutCost: Int,
};
export const SalesReportResponse = z.strictObject({
  storeId: z.string(),
  currency: z.string(),
  ...Window,
  totals: z.strictObject(SalesFiguresShape),
  series: z.array(z.strictObject({ period: DateTimeOut, ...SalesFiguresShape })),
});
export const TenantSalesReportResponse = z.strictObject({
  ...Window,
  stores: z.array(
    z.strictObject({
      storeId: z.string(),
      storeName: z.string(),
      currency: z.string(),
      ...SalesFiguresShape,
    }),
  ),
  totals: z.array(z.strictObject({ currency: z.string(), ...SalesFiguresShape })),
});
export const ProductSalesReportResponse = z.strictObject({
  storeId: z.string().nullable().describe('null for the tenant-wide report'),
  ...Window,
  data: z.array(
    z.strictObject({
      listingId: z.string().nullable(),
      productId: z.string().nullable(),
      title: z.string(),
      sku: z.string().nullable(),
      currency: z.string(),
      orders: Int,
      units: Int,
      refundedUnits: Int,
      netSales: MoneyOut,
      costOfGoods: MoneyOut.nullable(),
      grossProfit: MoneyOut.nullable(),
    }),
  ),
});
export const CategorySalesReportResponse = z.strictObject({
  storeId: z.string(),
  currency: z.string(),
  ...Window,
  data: z.array(
    z.strictObject({
      categoryId: z.string().nullable().describe('null: lines of listings with no category'),
      name: z.string().nullable(),
      orders: Int,
      units: Int,
      netSales: MoneyOut,
      costOfGoods: MoneyOut,
      grossProfit: MoneyOut,
    }),
  ),
});
const Step = z.strictObject({ step: z.string(), count: Int });
export const FunnelReportResponse = z.strictObject({
  storeId: z.string(),
  currency: z.string(),
  ...Window,
  steps: z.array(Step),
  cartToOrderRate: Rate,
  checkoutToOrderRate: Rate,
  sessionToOrderRate: Rate.nullable(),
  cartAbandonmentRate: Rate,
  checkoutAbandonmentRate: Rate,
  abandonment: z.strictObject({
    abandonedCarts: Int,
    abandonedValue: MoneyOut,
    remindersSent: Int,
    recoveredCarts: Int,
    recoveredAndOrdered: Int,
    recoveredRevenue: MoneyOut,
    recoveryRate: Rate,
  }),
});
export const CustomerReportResponse = z.strictObject({
  storeId: z.string(),
  currency: z.string(),
  ...Window,
  buyers: Int,
  newBuyers: Int,
  returningBuyers: Int,
  repeatBuyers: Int,
  repeatRate: Rate,
  retention: z.strictObject({ previousBuyers: Int, retained: Int, rate: Rate }),
  lifetime: z.strictObject({
    customers: Int,
    orders: Int,
    netRevenue: MoneyOut,
    averageLifetimeValue: MoneyOut,
    averageOrderValue: MoneyOut,
    purchaseFrequency: z.number(),
  }),
  acquisition: z.array(z.strictObject({ period: DateTimeOut, firstTimeBuyers: Int, signups: Int })),
  cohorts: z
    .array(z.strictObject({ period: DateTimeOut, buyers: Int, active: z.array(Int) }))
    .describe(
      "Buyers by the period of their first order; active[k]: how many ordered k periods later (active[0] is the cohort's size)",
    ),
  topCustomers: z.array(
    z.strictObject({
      customerId: z.string().nullable().describe('null for a guest buyer (known by email only)'),
      email: z.string().nullable(),
      orders: Int,
      lifetimeValue: MoneyOut,
      firstOrderAt: DateTimeOut,
      lastOrderAt: DateTimeOut,
    }),
  ),
});
const ListingRef = z.strictObject({ id: z.string(), title: z.string() });
export const AffinityReportResponse = z.strictObject({
  storeId: z.string(),
  ...Window,
  data: z.array(
    z.strictObject({
      listingA: ListingRef,
      listingB: ListingRef,
      orders: Int,
      support: Rate,
      confidenceAtoB: Rate,
      confidenceBtoA: Rate,
      lift: z.number(),
    }),
  ),
});
export const InventoryReportResponse = z.strictObject({
  ...Window,
  days: z.number(),
  data: z.array(
    z.strictObject({
      productId: z.string(),
      sku: z.string(),
      name: z.string(),
      unitsSold: Int,
      unitsPerDay: z.number(),
      onHand: Int,
      available: Int,
      onHandAtStart: Int,
      onHandAtEnd: Int,
      turnover: z.number().nullable(),
      daysOfCover: z.number().nullable(),
      sellThroughRate: Rate,
    }),
  ),
});
export const FulfilmentReportResponse = z.strictObject({
  storeId: z.string(),
  ...Window,
  orders: Int,
  shippedOrders: Int,
  deliveredOrders: Int,
  avgHoursToShip: z.number().nullable(),
  medianHoursToShip: z.number().nullable(),
  p90HoursToShip: z.number().nullable(),
  shippedWithin24h: Int,
  shippedWithin48h: Int,
  avgHoursInTransit: z.number().nullable(),
  unshippedOlderThan48h: Int,
  shippedRate: Rate,
});
export const BehaviourReportResponse = z.strictObject({
  storeId: z.string(),
  ...Window,
  events: z.array(z.strictObject({ type: z.string(), events: Int, sessions: Int })),
  funnel: z.strictObject({ steps: z.array(Step), conversionRate: Rate }),
  topViewed: z.array(
    z.strictObject({
      listingId: z.string(),
      title: z.string().nullable(),
      views: Int,
      viewers: Int,
      addToCarts: Int,
      viewToCartRate: Rate,
    }),
  ),
  searches: z.array(
    z.strictObject({ query: z.string(), searches: Int, zeroResults: Int, lastResultCount: Int }),
  ),
  sources: z.array(z.strictObject({ source: z.string(), sessions: Int, ordered: Int, conversionRate: Rate })),
});
export const ForecastReportResponse = z.strictObject({
  storeId: z.string(),
  currency: z.string(),
  ...Window,
  model: z.literal('linear-trend'),
  slopePerDay: MoneyOut,
  r2: z.number().nullable(),
  history: z.array(z.strictObject({ day: Day, revenue: MoneyOut })),
  forecast: z.array(z.strictObject({ day: Day, revenue: MoneyOut })),
  forecastTotal: MoneyOut,
});

export const ExperimentResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  key: z.string(),
  name: z.string(),
  status: z.enum(['DRAFT', 'RUNNING', 'STOPPED']),
  variants: z.array(z.strictObject({ key: z.string(), weight: z.number() })),
  goal: z.string(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});
export const ExperimentList = ListEnvelopeOf(ExperimentResponse);
export const ExperimentReportResponse = z.strictObject({
  experiment: ExperimentResponse,
  control: z.string(),
  variants: z.array(
    z.strictObject({
      key: z.string(),
      weight: z.number(),
      sessions: Int,
      conversions: Int,
      conversionRate: Rate,
      conversionInterval: z.strictObject({ low: z.number(), high: z.number() }).nullable(),
      revenue: MoneyOut,
      revenuePerSession: MoneyOut,
      vsControl: z
        .strictObject({
          z: z.number(),
          pValue: z.number(),
          significant: z.boolean(),
          uplift: z.number().nullable(),
        })
        .nullable(),
    }),
  ),
  observedSplit: z.array(z.strictObject({ key: z.string(), share: z.number() })),
});
export const EventsAcceptedResponse = z.strictObject({ accepted: Int });
/** The session's variant; `assignedAt` only while the experiment runs (`active`). */
export const AssignmentResponse = z.strictObject({
  experiment: z.string(),
  variant: z.string(),
  active: z.boolean(),
  assignedAt: DateTimeOut.optional(),
});

type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
// Compile-time: what the report and experiment functions return fits these schemas key for key.
export type AnalyticsDtosFit = [
  Expect<Fits<Out<typeof reports.salesReport>, typeof SalesReportResponse>>,
  Expect<Fits<Out<typeof reports.tenantSalesReport>, typeof TenantSalesReportResponse>>,
  Expect<Fits<Out<typeof reports.productSalesReport>, typeof ProductSalesReportResponse>>,
  Expect<Fits<Out<typeof reports.categorySalesReport>, typeof CategorySalesReportResponse>>,
  Expect<Fits<Out<typeof reports.funnelReport>, typeof FunnelReportResponse>>,
  Expect<Fits<Out<typeof reports.customerReport>, typeof CustomerReportResponse>>,
  Expect<Fits<Out<typeof reports.affinityReport>, typeof AffinityReportResponse>>,
  Expect<Fits<Out<typeof reports.inventoryReport>, typeof InventoryReportResponse>>,
  Expect<Fits<Out<typeof reports.fulfilmentReport>, typeof FulfilmentReportResponse>>,
  Expect<Fits<Out<typeof reports.behaviourReport>, typeof BehaviourReportResponse>>,
  // `model` is the literal 'linear-trend' on the wire; the function's type widens it to string.
  Expect<
    Fits<
      Omit<Out<typeof reports.forecastReport>, 'model'> & { model: 'linear-trend' },
      typeof ForecastReportResponse
    >
  >,
  Expect<Fits<Out<typeof experiments.getExperiment>, typeof ExperimentResponse>>,
  Expect<Fits<Out<typeof experiments.experimentReport>, typeof ExperimentReportResponse>>,
];
