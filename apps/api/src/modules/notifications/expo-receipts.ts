import { sql } from 'kysely';
import type { PlatformTx } from '../../platform/db/pool.ts';
import type { ExpoReceipt } from './expo-push.ts';

/** An app message whose receipt is due. */
export type ReceiptDue = { tenantId: string; id: string; subscriptionId: string; expoTicketId: string };

/** Expo keeps a receipt for a day: a ticket still without one after that is given up. */
const RECEIPT_LIFETIME = "interval '24 hours'";
/** A ticket whose receipt was not ready is asked about again this much later. */
const ASK_AGAIN = "interval '5 minutes'";

/**
 * Claims up to `limit` messages whose receipt is due, across tenants, and leases them (asked about
 * again in five minutes unless settled first), so that two workers do not ask twice.
 */
export async function claimReceipts(tx: PlatformTx, limit: number): Promise<ReceiptDue[]> {
  const res = await sql<ReceiptDue>`
    update push_messages set receipt_due_at = now() + ${sql.raw(ASK_AGAIN)}
    where (tenant_id, id) in (
      select tenant_id, id from push_messages
      where receipt_due_at <= now() order by receipt_due_at limit ${limit} for update skip locked)
    returning tenant_id, id, subscription_id, expo_ticket_id`.execute(tx);
  return res.rows;
}

/** `(tenant_id, id) in (…)` for these rows, as two parallel arrays (one parameter each). */
const rowsIn = (rows: Array<{ tenantId: string; id: string }>) =>
  sql`(tenant_id, id) in (select * from unnest(${rows.map((r) => r.tenantId)}::uuid[], ${rows.map((r) => r.id)}::uuid[]))`;

/**
 * Settles the claimed messages by their receipts, in at most four statements: delivered; the app
 * uninstalled (the token is forgotten, which removes its messages); refused for sending too fast
 * (sent again later, while attempts remain); any other refusal (too big, wrong credentials) failed,
 * with Expo's words for the operator. A message without a receipt yet keeps its lease, and after a
 * day counts as expired.
 */
export async function settleReceipts(
  tx: PlatformTx,
  due: ReceiptDue[],
  receipts: Map<string, ExpoReceipt>,
  maxAttempts: number,
) {
  const read = due.map((m) => ({ m, r: receipts.get(m.expoTicketId) }));
  const missing = read.filter(({ r }) => !r).map(({ m }) => m);
  const delivered = read.filter(({ r }) => r?.status === 'ok').map(({ m }) => m);
  const failures = read.flatMap(({ m, r }) =>
    r?.status === 'error' ? [{ m, code: r.details?.error ?? 'error', message: r.message }] : [],
  );
  const gone = failures.filter((f) => f.code === 'DeviceNotRegistered').map((f) => f.m);
  const refused = failures.filter((f) => f.code !== 'DeviceNotRegistered');

  if (missing.length > 0)
    await sql`update push_messages set receipt_status = 'expired', receipt_due_at = null
      where ${rowsIn(missing)} and sent_at < now() - ${sql.raw(RECEIPT_LIFETIME)}`.execute(tx);
  if (delivered.length > 0)
    await sql`update push_messages set receipt_status = 'ok', receipt_due_at = null
      where ${rowsIn(delivered)}`.execute(tx);
  if (gone.length > 0)
    await sql`delete from push_subscriptions
      where ${rowsIn(gone.map((m) => ({ tenantId: m.tenantId, id: m.subscriptionId })))}`.execute(tx);
  if (refused.length === 0) return;
  // Too many messages to the device: sent again later, like a failed send, while attempts remain.
  await sql`
    update push_messages m set
      status = case when v.code = 'MessageRateExceeded' and m.attempts < ${maxAttempts} then 'PENDING' else 'FAILED' end,
      receipt_status = case when v.code = 'MessageRateExceeded' and m.attempts < ${maxAttempts} then null else 'error' end,
      receipt_due_at = null, expo_ticket_id = null, last_error = v.text,
      next_attempt_at = now() + make_interval(secs => 60 * m.attempts)
    from unnest(${refused.map((f) => f.m.tenantId)}::uuid[], ${refused.map((f) => f.m.id)}::uuid[],
      ${refused.map((f) => f.code)}::text[], ${refused.map((f) => `${f.code}: ${f.message}`.slice(0, 1000))}::text[])
      as v(tenant_id, id, code, text)
    where m.tenant_id = v.tenant_id and m.id = v.id`.execute(tx);
}
