import { sql } from 'kysely';
import type { PlatformTx } from '../../platform/db/pool.ts';
import type { ExpoReceipt } from './expo-push.ts';

/** An app message whose receipt is due. */
export type ReceiptDue = {
  tenantId: string;
  id: string;
  subscriptionId: string;
  expoTicketId: string;
  attempts: number;
  sentAt: Date;
};

/** Expo keeps a receipt for a day: a ticket still without one after that is given up. */
const RECEIPT_LIFETIME = "interval '24 hours'";
/** A ticket whose receipt was not ready is asked about again this much later. */
const ASK_AGAIN = "interval '5 minutes'";
/** "Too many messages to this device": sent again later, until the attempts run out. */
const MAX_ATTEMPTS = 5;

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
    returning tenant_id, id, subscription_id, expo_ticket_id, attempts, sent_at`.execute(tx);
  return res.rows;
}

/**
 * Settles each claimed message by its receipt: delivered; the app uninstalled (the token is
 * forgotten, which removes its messages); refused for sending too fast (sent again later); any
 * other refusal (too big, wrong credentials) failed, with Expo's words for the operator. A message
 * without a receipt yet keeps its lease, and after a day counts as expired.
 */
export async function settleReceipts(tx: PlatformTx, due: ReceiptDue[], receipts: Map<string, ExpoReceipt>) {
  for (const m of due) {
    const receipt = receipts.get(m.expoTicketId);
    const where = sql`tenant_id = ${m.tenantId} and id = ${m.id}`;
    if (!receipt) {
      await sql`update push_messages set receipt_status = 'expired', receipt_due_at = null
        where ${where} and sent_at < now() - ${sql.raw(RECEIPT_LIFETIME)}`.execute(tx);
      continue;
    }
    if (receipt.status === 'ok') {
      await sql`update push_messages set receipt_status = 'ok', receipt_due_at = null where ${where}`.execute(
        tx,
      );
      continue;
    }
    const code = receipt.details?.error ?? 'error';
    if (code === 'DeviceNotRegistered') {
      await sql`delete from push_subscriptions where tenant_id = ${m.tenantId} and id = ${m.subscriptionId}`.execute(
        tx,
      );
      continue;
    }
    const again = code === 'MessageRateExceeded' && m.attempts < MAX_ATTEMPTS;
    await sql`update push_messages set receipt_status = ${again ? null : 'error'}, receipt_due_at = null,
        last_error = ${`${code}: ${receipt.message}`.slice(0, 1000)},
        status = ${again ? 'PENDING' : 'FAILED'}, expo_ticket_id = null,
        next_attempt_at = now() + make_interval(secs => ${60 * m.attempts})
      where ${where}`.execute(tx);
  }
}
