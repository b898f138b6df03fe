import { hasMarketingConsent } from '../modules/customers/index.ts';
import {
  createDeliveryWorker,
  createMailer,
  createNotificationService,
  createWebhookService,
  notificationRoutes,
  vapidKeys,
  webhookRoutes,
} from '../modules/notifications/index.ts';
import type { Platform } from '../platform/platform.ts';
import type { Wiring } from './wiring.ts';

/**
 * One notification service for the platform, and its delivery queues (email, webhooks, push),
 * polled by the job runner: wherever jobs run (the API with RUN_JOBS, or `npm run worker`).
 */
export function wireNotifications(platform: Platform) {
  const { config } = platform;
  const notifications = createNotificationService({ hasMarketingConsent });
  const vapid = vapidKeys(config);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger: platform.logger });
  const worker = createDeliveryWorker({
    db: platform.db,
    logger: platform.logger,
    mailer,
    retryBaseMs: config.deliveryRetryBaseMs,
    allowPrivateWebhooks: config.webhookAllowPrivate,
    vapid,
    expoPush: config.expoPush,
  });
  platform.jobs.loop('notifications.delivery', worker.tick, config.deliveryPollMs);
  const wiring: Wiring = {
    routes: [...notificationRoutes(notifications), ...webhookRoutes(createWebhookService())],
    graphql: [],
  };
  return { notifications, vapid, worker, mailer, ...wiring };
}
export type NotificationsWiring = ReturnType<typeof wireNotifications>;
