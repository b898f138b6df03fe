import { sql } from 'kysely';
import type { Db } from '../../platform/db/pool.ts';
import type { JobRegistry } from '../../platform/jobs/index.ts';

export const PURGE_EVENTS_JOB = 'analytics-purge-events';
/** Behaviour events are kept 400 days: a year-on-year comparison, and no raw clickstream for ever. */
export const EVENT_RETENTION_DAYS = 400;

/** Deletes behaviour events older than the retention, every tenant at once (the owner role). */
export async function purgeOldEvents(db: Db, retentionDays = EVENT_RETENTION_DAYS): Promise<number> {
  const result = await db.withPlatform((tx) =>
    sql`delete from analytics_events where occurred_at < now() - make_interval(days => ${retentionDays})`.execute(
      tx,
    ),
  );
  return Number(result.numAffectedRows ?? 0);
}

export function registerAnalyticsJobs(registry: JobRegistry, db: Db) {
  registry.define(PURGE_EVENTS_JOB, async () => void (await purgeOldEvents(db)), { cron: '41 3 * * *' });
}
