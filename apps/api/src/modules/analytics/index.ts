/**
 * Analytics and reporting: sales, profit, funnel and abandonment, customers, affinity, inventory
 * velocity and fulfilment reports (SQL aggregates over the other modules' tables, read only, on the
 * reporting database), storefront behaviour events and A/B experiments (tables of its own).
 */
export { analyticsGraphQL } from './analytics.graphql.ts';
export {
  EVENT_RETENTION_DAYS,
  PURGE_EVENTS_JOB,
  purgeOldEvents,
  registerAnalyticsJobs,
} from './analytics.jobs.ts';
export { analyticsRoutes } from './analytics.routes.ts';
export type { AnalyticsTables } from './analytics.schema.ts';
export { createReportingDb, type ReportingDb } from './reporting.ts';
export { twoProportionZTest } from './stats.ts';
