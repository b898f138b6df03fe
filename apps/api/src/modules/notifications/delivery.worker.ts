import type { Db, TenantTx } from '../../platform/db/pool.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Mailer } from './mailer.ts';
import * as repo from './notifications.repository.ts';
import { claimPush, finishPush, sendPush, type Vapid } from './push.ts';
import { postWebhook } from './webhook-sender.ts';

export type InboxEvent = {
  eventId: string;
  topic: string;
  payload: Record<string, unknown>;
  tenantId: string;
};
export type InboxHandler = (tx: TenantTx, event: InboxEvent) => Promise<void>;

const MAX_ATTEMPTS = { email: 5, webhook: 8, inbox: 10, push: 5 };
const BATCH = 20;

/**
 * The in-process delivery worker: emails over SMTP, signed webhooks, and the event inbox that
 * in-process consumers (customer counters, notification emails) read. Each queue is claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several API processes can run it side by side, and a
 * failure is retried with exponential back-off until its attempts run out (then FAILED).
 * These are tables rather than pg-boss jobs because merchants read them: each delivery's status,
 * attempts and last error are the webhook and email logs of the admin API. Moving the polling onto
 * pg-boss (one job per row) is possible but would duplicate that state.
 */
export function createDeliveryWorker(deps: {
  db: Db;
  logger: Logger;
  mailer: Mailer;
  pollMs: number;
  retryBaseMs: number;
  allowPrivateWebhooks: boolean;
  /** Web push keys; without them pushes stay queued. */
  vapid?: Vapid;
}) {
  const { db, logger, mailer } = deps;
  const handlers = new Map<string, InboxHandler[]>();
  const backoff = (attempts: number, max: number) =>
    attempts >= max ? null : Math.min(deps.retryBaseMs * 2 ** (attempts - 1), 3_600_000);
  const failure = (error: unknown, attempts: number, max: number, statusCode?: number): repo.Outcome => ({
    ok: false,
    error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
    retryInMs: backoff(attempts, max),
    statusCode,
  });

  async function runInbox() {
    const rows = await db.withPlatform((tx) => repo.claimInbox(tx, BATCH));
    for (const row of rows) {
      let outcome: repo.Outcome = { ok: true };
      try {
        const event = {
          eventId: row.eventId,
          topic: row.topic,
          payload: row.payload,
          tenantId: row.tenantId,
        };
        await db.withTenant(row.tenantId, async (tx) => {
          for (const handler of handlers.get(row.consumer) ?? []) await handler(tx, event);
        });
      } catch (err) {
        logger.warn({ err, consumer: row.consumer, topic: row.topic }, 'event handler failed');
        outcome = failure(err, row.attempts, MAX_ATTEMPTS.inbox);
      }
      await db.withPlatform((tx) => repo.finishInbox(tx, row, outcome));
    }
    return rows.length;
  }

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

  async function runPush() {
    const vapid = deps.vapid;
    if (!vapid) return 0;
    const rows = await db.withPlatform((tx) => claimPush(tx, BATCH));
    await Promise.all(
      rows.map(async (m) => {
        const o = await sendPush(vapid, m, deps.allowPrivateWebhooks);
        await db.withPlatform((tx) =>
          finishPush(tx, m, o, o.ok ? null : backoff(m.attempts, MAX_ATTEMPTS.push)),
        );
      }),
    );
    return rows.length;
  }

  let running: Promise<number> | null = null;
  /** One pass over every queue; concurrent calls share the pass in flight. */
  function tick(): Promise<number> {
    running ??= (async () => {
      try {
        return (await runInbox()) + (await runEmails()) + (await runWebhooks()) + (await runPush());
      } catch (err) {
        logger.error({ err }, 'delivery worker pass failed');
        return 0;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  let timer: NodeJS.Timeout | null = null;
  return {
    /** Registers an in-process consumer of the events `event_consumers` routes to `consumer`. */
    handle(consumer: string, handler: InboxHandler) {
      handlers.set(consumer, [...(handlers.get(consumer) ?? []), handler]);
    },
    start() {
      timer ??= setInterval(() => void tick(), deps.pollMs);
      timer.unref();
    },
    tick,
    /** Runs passes until one finds nothing due (tests, the worker process at shutdown). */
    async drain(maxPasses = 20) {
      for (let i = 0; i < maxPasses; i++) if ((await tick()) === 0) return;
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      mailer.close();
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
