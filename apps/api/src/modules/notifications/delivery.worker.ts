import type { Db } from '../../platform/db/pool.ts';
import type { Logger } from '../../platform/logger.ts';
import {
  type ExpoPushConfig,
  fetchExpoReceipts,
  MAX_RECEIPTS_PER_REQUEST,
  sendExpoPushes,
} from './expo-push.ts';
import { claimReceipts, settleReceipts } from './expo-receipts.ts';
import type { Mailer } from './mailer.ts';
import * as repo from './notifications.repository.ts';
import { type ClaimedPush, claimPush, finishPush, type PushOutcome, sendPush } from './push.ts';
import type { Vapid } from './vapid-keys.ts';
import { postWebhook } from './webhook-sender.ts';

const MAX_ATTEMPTS = { email: 5, webhook: 8, push: 5 };
const BATCH = 20;

/**
 * The delivery queues: emails over SMTP, signed webhooks, web push. Each is claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several processes can run it side by side, and a
 * failure is retried with exponential back-off until its attempts run out (then FAILED).
 * These are tables rather than pg-boss jobs because merchants read them: each delivery's status,
 * attempts and last error are the webhook and email logs of the admin API. The job runner polls
 * `tick` (registered as a delivery loop in composition/notifications.ts); nothing here starts itself.
 */
export function createDeliveryWorker(deps: {
  db: Db;
  logger: Logger;
  mailer: Mailer;
  retryBaseMs: number;
  allowPrivateWebhooks: boolean;
  /** Web push keys; without them browser pushes stay queued. */
  vapid?: Vapid;
  /** Expo's push service, for the mobile app's tokens; without it app pushes stay queued. */
  expoPush?: ExpoPushConfig;
}) {
  const { db, logger, mailer } = deps;
  const backoff = (attempts: number, max: number) =>
    attempts >= max ? null : Math.min(deps.retryBaseMs * 2 ** (attempts - 1), 3_600_000);
  const failure = (error: unknown, attempts: number, max: number, statusCode?: number): repo.Outcome => ({
    ok: false,
    error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
    retryInMs: backoff(attempts, max),
    statusCode,
  });

  async function runEmails() {
    const rows = await db.withPlatform((tx) => repo.claimEmails(tx, BATCH));
    for (const row of rows) {
      let outcome: repo.Outcome = { ok: true };
      try {
        await mailer.send({
          to: row.toEmail,
          subject: row.subject,
          html: row.html,
          text: row.textBody,
          messageId: `<${row.id}@ventory>`,
        });
      } catch (err) {
        outcome = failure(err, row.attempts, MAX_ATTEMPTS.email);
      }
      await db.withPlatform((tx) =>
        repo.finishEmail(tx, row, outcome, mailer.transport === 'smtp' ? 'SENT' : 'LOGGED'),
      );
    }
    return rows.length;
  }

  async function runWebhooks() {
    const rows = await db.withPlatform((tx) => repo.claimWebhookDeliveries(tx, BATCH));
    await Promise.all(
      rows.map(async (row) => {
        const attempt = await postWebhook(
          { url: row.url, secret: row.secret, allowPrivate: deps.allowPrivateWebhooks },
          {
            deliveryId: row.id,
            eventId: row.eventId,
            topic: row.topic,
            createdAt: row.createdAt,
            payload: row.payload,
          },
        );
        const outcome: repo.Outcome = attempt.ok
          ? { ok: true, statusCode: attempt.statusCode }
          : failure(attempt.error, row.attempts, MAX_ATTEMPTS.webhook, attempt.statusCode);
        await db.withPlatform((tx) => repo.finishDelivery(tx, row, outcome));
      }),
    );
    return rows.length;
  }

  /** Browser pushes one by one (each is encrypted for its browser); app pushes in one Expo request. */
  async function runPush() {
    const { vapid, expoPush } = deps;
    if (!vapid && !expoPush) return 0;
    const rows = await db.withPlatform((tx) => claimPush(tx, BATCH));
    const web = rows.filter((m) => m.kind === 'WEB');
    const app = rows.filter((m) => m.kind === 'EXPO');
    const receiptInMs = (expoPush?.receiptDelaySeconds ?? 900) * 1000;
    const finish = (m: ClaimedPush, o: PushOutcome) =>
      db.withPlatform((tx) =>
        finishPush(tx, m, o, o.ok ? null : backoff(m.attempts, MAX_ATTEMPTS.push), receiptInMs),
      );
    const unsent = (m: ClaimedPush) => ({
      ok: false,
      error: `no ${m.kind === 'WEB' ? 'VAPID keys' : 'Expo push service'} configured`,
    });
    await Promise.all([
      ...web.map(async (m) =>
        finish(m, vapid ? await sendPush(vapid, m, deps.allowPrivateWebhooks) : unsent(m)),
      ),
      (async () => {
        const outcomes = expoPush ? await sendExpoPushes(expoPush, app) : app.map(unsent);
        await Promise.all(app.map((m, i) => finish(m, outcomes[i] as PushOutcome)));
      })(),
    ]);
    return rows.length;
  }

  /** Expo's receipts for app messages sent a while ago: delivered, or why not. */
  async function runReceipts() {
    const { expoPush } = deps;
    if (!expoPush) return 0;
    const due = await db.withPlatform((tx) => claimReceipts(tx, MAX_RECEIPTS_PER_REQUEST));
    if (due.length === 0) return 0;
    try {
      const receipts = await fetchExpoReceipts(
        expoPush,
        due.map((m) => m.expoTicketId),
      );
      await db.withPlatform((tx) => settleReceipts(tx, due, receipts, MAX_ATTEMPTS.push));
    } catch (err) {
      // The lease brings them back in a few minutes.
      logger.warn({ err }, 'Expo push receipts could not be read');
    }
    return due.length;
  }

  let running: Promise<number> | null = null;
  /** One pass over every queue; concurrent calls share the pass in flight. */
  function tick(): Promise<number> {
    running ??= (async () => {
      try {
        return (await runEmails()) + (await runWebhooks()) + (await runPush()) + (await runReceipts());
      } catch (err) {
        logger.error({ err }, 'delivery worker pass failed');
        return 0;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    tick,
    /** Runs passes until one finds nothing due (tests). */
    async drain(maxPasses = 20) {
      for (let i = 0; i < maxPasses; i++) if ((await tick()) === 0) return;
    },
    async stop() {
      await running;
      mailer.close();
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
