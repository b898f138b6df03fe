import type { Generated } from 'kysely';
import { sql } from 'kysely';
import webpush from 'web-push';
import type { Json, TenantId } from '../../platform/db/platform-tables.ts';
import { type PlatformTx, type TenantTx, writesTo } from '../../platform/db/pool.ts';
import { dueShared } from '../../platform/jobs/index.ts';
import type { Vapid } from './vapid-keys.ts';
import { assertPublicTarget } from './webhook-sender.ts';

export interface PushSubscriptionsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  customerId: string;
  /** WEB: a browser's push endpoint and keys; EXPO: the endpoint is the app's Expo push token. */
  kind: Generated<PushKind>;
  endpoint: string;
  p256dh: string | null;
  auth: string | null;
  createdAt: Generated<Date>;
}
export type PushKind = 'WEB' | 'EXPO';
export interface PushMessagesTable {
  tenantId: TenantId;
  id: Generated<string>;
  subscriptionId: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<'PENDING' | 'SENDING' | 'SENT' | 'GONE' | 'FAILED'>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Generated<Date>;
  sentAt: Date | null;
  /** Expo's ticket for an app message: its receipt is asked for at `receiptDueAt`. */
  expoTicketId: string | null;
  receiptDueAt: Date | null;
  receiptStatus: 'ok' | 'error' | 'expired' | null;
}
export interface PushTables {
  pushSubscriptions: PushSubscriptionsTable;
  pushMessages: PushMessagesTable;
}

/** The push tables are notifications' own (declared here, beside the code that writes them). */
const pushWrites = (tx: TenantTx) => writesTo<PushTables>(tx);

type NewSubscription = { storeId: string; customerId: string; endpoint: string } & (
  | { kind: 'WEB'; p256dh: string; auth: string }
  | { kind: 'EXPO'; p256dh?: undefined; auth?: undefined }
);

/** Stores (or refreshes) a browser subscription or an app's Expo push token for the shopper. */
export async function subscribe(tx: TenantTx, s: NewSubscription) {
  const keys = { p256dh: s.p256dh ?? null, auth: s.auth ?? null };
  return pushWrites(tx)
    .insertInto('pushSubscriptions')
    .values({ storeId: s.storeId, customerId: s.customerId, endpoint: s.endpoint, kind: s.kind, ...keys })
    .onConflict((oc) =>
      // A device signed in as someone else now gets that shopper's updates.
      oc
        .columns(['tenantId', 'endpoint'])
        .doUpdateSet({ customerId: s.customerId, storeId: s.storeId, kind: s.kind, ...keys }),
    )
    .returning(['id', 'endpoint', 'createdAt'])
    .executeTakeFirstOrThrow();
}

export const unsubscribe = (tx: TenantTx, customerId: string, endpoint: string) =>
  pushWrites(tx)
    .deleteFrom('pushSubscriptions')
    .where('customerId', '=', customerId)
    .where('endpoint', '=', endpoint)
    .execute();

const ORDER_PUSH_TEXT: Record<string, string> = {
  order_confirmation: 'Thank you: we have your order.',
  shipment: 'Your order is on its way.',
  delivery: 'Your order was delivered.',
  refund: 'Your refund is on its way.',
  order_canceled: 'Your order was canceled.',
  return_update: 'There is news about your return.',
  gift_card: 'Your gift card is ready.',
};

/** What a shopper's device shows for an order update (the service worker displays title and body). */
export const orderPush = (template: string, orderNumber: string) => ({
  title: `Order ${orderNumber}`,
  body: ORDER_PUSH_TEXT[template] ?? 'Your order has an update.',
  template,
  orderNumber,
});

/** Queues a push to each of the customer's subscriptions in the store, in the caller's transaction. */
export async function queuePush(
  tx: TenantTx,
  storeId: string,
  customerId: string,
  payload: Record<string, unknown>,
) {
  const subs = await tx
    .selectFrom('pushSubscriptions')
    .select('id')
    .where('storeId', '=', storeId)
    .where('customerId', '=', customerId)
    .execute();
  if (subs.length === 0) return;
  await pushWrites(tx)
    .insertInto('pushMessages')
    .values(subs.map((s) => ({ subscriptionId: s.id, payload: JSON.stringify(payload) })))
    .execute();
}

export type ClaimedPush = {
  tenantId: string;
  id: string;
  attempts: number;
  payload: Record<string, unknown>;
  kind: PushKind;
  endpoint: string;
  p256dh: string | null;
  auth: string | null;
  subscriptionId: string;
};
type Claimed = ClaimedPush;
export type PushOutcome = {
  ok: boolean;
  statusCode?: number;
  gone?: boolean;
  error?: string;
  /** Expo's ticket id, to ask for the message's receipt later. */
  ticketId?: string;
};

export async function claimPush(tx: PlatformTx, limit: number): Promise<Claimed[]> {
  const res = await sql<Claimed>`
    with claimed as (
      update push_messages set status = 'SENDING', attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
      where (tenant_id, id) in (${dueShared('push_messages', limit)})
      returning *)
    select c.tenant_id, c.id, c.attempts, c.payload, c.subscription_id, s.kind, s.endpoint, s.p256dh, s.auth
    from claimed c join push_subscriptions s on s.tenant_id = c.tenant_id and s.id = c.subscription_id`.execute(
    tx,
  );
  return res.rows;
}

/** One delivery: encrypted (aes128gcm) and VAPID-signed by web-push; 404/410 mean the browser left. */
export async function sendPush(vapid: Vapid, m: Claimed, allowPrivate: boolean): Promise<PushOutcome> {
  try {
    if (m.p256dh === null || m.auth === null) throw new Error('a web push subscription without keys');
    await assertPublicTarget(m.endpoint, allowPrivate);
    // web-push encrypts (aes128gcm) and signs (VAPID); the request itself goes through fetch.
    const details = webpush.generateRequestDetails(
      { endpoint: m.endpoint, keys: { p256dh: m.p256dh, auth: m.auth } },
      JSON.stringify(m.payload),
      { vapidDetails: vapid, TTL: 24 * 3600 },
    );
    const res = await fetch(details.endpoint, {
      method: 'POST',
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await res.body?.cancel();
    if (!res.ok)
      return {
        ok: false as const,
        statusCode: res.status,
        gone: res.status === 404 || res.status === 410,
        error: `HTTP ${res.status}`,
      };
    return { ok: true as const, statusCode: res.status };
  } catch (err) {
    const statusCode = (err as { statusCode?: number }).statusCode;
    return {
      ok: false as const,
      statusCode,
      gone: statusCode === 404 || statusCode === 410,
      error: err instanceof Error ? err.message : String(err),
    };
  }
}

/**
 * Records a send. `receiptInMs`: when to ask Expo for the receipt of a ticket it gave (Expo keeps
 * receipts for a day and has most ready within 15 minutes).
 */
export async function finishPush(
  tx: PlatformTx,
  m: Claimed,
  o: PushOutcome,
  retryInMs: number | null,
  receiptInMs: number,
) {
  if (o.gone) {
    await sql`delete from push_subscriptions where tenant_id = ${m.tenantId} and id = ${m.subscriptionId}`.execute(
      tx,
    );
    return;
  }
  const status = o.ok ? 'SENT' : retryInMs === null ? 'FAILED' : 'PENDING';
  await sql`
    update push_messages set status = ${status}, last_status_code = ${o.statusCode ?? null},
      last_error = ${o.ok ? null : (o.error ?? null)}, sent_at = ${o.ok ? sql`now()` : null},
      expo_ticket_id = ${o.ticketId ?? null},
      receipt_due_at = ${o.ticketId ? sql`now() + make_interval(secs => ${receiptInMs / 1000})` : null},
      next_attempt_at = ${o.ok || retryInMs === null ? sql`next_attempt_at` : sql`now() + make_interval(secs => ${retryInMs / 1000})`}
    where tenant_id = ${m.tenantId} and id = ${m.id}`.execute(tx);
}
