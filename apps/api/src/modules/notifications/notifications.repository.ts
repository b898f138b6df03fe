import { type Insertable, sql } from 'kysely';
import type { PlatformTx, TenantTx } from '../../platform/db/pool.ts';
import { dueShared } from '../../platform/jobs/index.ts';
import {
  type EmailMessagesTable,
  type EmailRow,
  notificationsWrites,
  type WebhookDeliveryRow,
} from './notifications.schema.ts';

export const findBranding = (tx: TenantTx, storeId: string) =>
  tx
    .selectFrom('stores')
    .select(['name', 'logo', 'primaryColor', 'contactEmail', 'currency', 'domain'])
    .where('id', '=', storeId)
    .executeTakeFirst();

export const findTemplateOverride = (tx: TenantTx, storeId: string, template: string) =>
  tx
    .selectFrom('notificationTemplates')
    .select(['subject', 'body', 'updatedAt'])
    .where('storeId', '=', storeId)
    .where('template', '=', template)
    .executeTakeFirst();

export const listTemplateOverrides = (tx: TenantTx, storeId: string) =>
  tx.selectFrom('notificationTemplates').selectAll().where('storeId', '=', storeId).execute();

export const upsertTemplate = (
  tx: TenantTx,
  storeId: string,
  template: string,
  subject: string,
  body: string,
) =>
  notificationsWrites(tx)
    .insertInto('notificationTemplates')
    .values({ storeId, template, subject, body })
    .onConflict((oc) => oc.columns(['tenantId', 'storeId', 'template']).doUpdateSet({ subject, body }))
    .execute();

export const deleteTemplate = (tx: TenantTx, storeId: string, template: string) =>
  notificationsWrites(tx)
    .deleteFrom('notificationTemplates')
    .where('storeId', '=', storeId)
    .where('template', '=', template)
    .execute();

export const insertEmail = (tx: TenantTx, values: Insertable<EmailMessagesTable>) =>
  notificationsWrites(tx).insertInto('emailMessages').values(values).returningAll().executeTakeFirstOrThrow();

export async function listEmails(
  tx: TenantTx,
  storeId: string,
  q: { limit: number; offset: number; to?: string; template?: string },
) {
  let query = tx.selectFrom('emailMessages').where('storeId', '=', storeId);
  if (q.to) query = query.where('toEmail', '=', q.to.toLowerCase());
  if (q.template) query = query.where('template', '=', q.template);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('createdAt', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// ---- the delivery queues' operations (cross-tenant, platform role) ----

/** A lease: claimed rows are skipped by other workers until it runs out (then retried). */
const LEASE = sql`now() + interval '5 minutes'`;

export async function claimEmails(tx: PlatformTx, limit: number): Promise<EmailRow[]> {
  const res = await sql<EmailRow>`
    update email_messages set status = 'SENDING', attempts = attempts + 1, next_attempt_at = ${LEASE}
    where (tenant_id, id) in (${dueShared('email_messages', limit)})
    returning *`.execute(tx);
  // UPDATE … RETURNING keeps no order: send in the order the emails were written.
  return res.rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export async function claimWebhookDeliveries(tx: PlatformTx, limit: number) {
  const res = await sql<WebhookDeliveryRow & { url: string; secret: string }>`
    with claimed as (
      update webhook_deliveries set status = 'SENDING', attempts = attempts + 1, next_attempt_at = ${LEASE}
      where (tenant_id, id) in (${dueShared('webhook_deliveries', limit)})
      returning *)
    select c.*, e.url, e.secret from claimed c
    join webhook_endpoints e on e.tenant_id = c.tenant_id and e.id = c.endpoint_id`.execute(tx);
  return res.rows;
}

type Outcome =
  | { ok: true; statusCode?: number }
  | { ok: false; error: string; retryInMs: number | null; statusCode?: number };

const retryAt = (o: Outcome) =>
  o.ok || o.retryInMs === null
    ? sql`next_attempt_at`
    : sql`now() + make_interval(secs => ${o.retryInMs / 1000})`;

export async function finishEmail(
  tx: PlatformTx,
  row: { tenantId: string; id: string },
  o: Outcome,
  done: 'SENT' | 'LOGGED',
) {
  const status = o.ok ? done : o.retryInMs === null ? 'FAILED' : 'PENDING';
  await sql`
    update email_messages set status = ${status}, next_attempt_at = ${retryAt(o)},
      last_error = ${o.ok ? null : o.error}, sent_at = ${o.ok ? sql`now()` : null}
    where tenant_id = ${row.tenantId} and id = ${row.id}`.execute(tx);
}

export async function finishDelivery(tx: PlatformTx, row: { tenantId: string; id: string }, o: Outcome) {
  const status = o.ok ? 'DELIVERED' : o.retryInMs === null ? 'FAILED' : 'PENDING';
  await sql`
    update webhook_deliveries set status = ${status}, next_attempt_at = ${retryAt(o)},
      last_status_code = ${o.statusCode ?? null}, last_error = ${o.ok ? null : o.error},
      delivered_at = ${o.ok ? sql`now()` : null}
    where tenant_id = ${row.tenantId} and id = ${row.id}`.execute(tx);
}

export type { Outcome };
