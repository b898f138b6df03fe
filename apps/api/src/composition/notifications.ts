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

/** One notification service for the platform, and the worker that delivers email, webhooks, push. */
export function wireNotifications(platform: Platform) {
  const { config } = platform;
  const notifications = createNotificationService();
  const vapid = vapidKeys(config);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger: platform.logger });
  const worker = createDeliveryWorker({
    db: platform.db,
    logger: platform.logger,
    mailer,
    pollMs: config.deliveryPollMs,
    retryBaseMs: config.deliveryRetryBaseMs,
    allowPrivateWebhooks: config.webhookAllowPrivate,
    vapid,
  });
  if (config.runJobs) worker.start();
  const wiring: Wiring = {
    routes: [...notificationRoutes(notifications), ...webhookRoutes(createWebhookService())],
    graphql: [],
  };
  return { notifications, vapid, worker, mailer, ...wiring };
}
export type NotificationsWiring = ReturnType<typeof wireNotifications>;
