/** Subscriptions: plans on listings, customers' subscriptions, scheduled renewals with dunning. */
import type { Db } from '../../platform/db/pool.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';
import type { SubscriptionService } from './subscriptions.service.ts';

export { advance } from './subscriptions.renewal.ts';
export { subscriptionRoutes } from './subscriptions.routes.ts';
export type * from './subscriptions.schema.ts';
export {
  createSubscriptionService,
  MAX_FAILED_RENEWALS,
  type SubscriptionService,
} from './subscriptions.service.ts';

export const RENEW_JOB = 'subscription-renewals';
export function registerSubscriptionJobs(registry: JobRegistry, subs: SubscriptionService, _db?: Db) {
  registry.define(RENEW_JOB, async () => void (await subs.renewDue()), { cron: '*/5 * * * *' });
}
