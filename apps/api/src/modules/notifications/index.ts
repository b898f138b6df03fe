/** Notifications: branded emails over SMTP, merchant webhooks, web and app push, and their delivery queues. */

export { createDeliveryWorker, type DeliveryWorker } from './delivery.worker.ts';
export { ExpoPushToken } from './expo-push.ts';
export { createMailer, type Mailer } from './mailer.ts';
export {
  createNotificationService,
  emailsTo,
  forgetEmailsTo,
  type NotificationService,
  type SendInput,
} from './notification.service.ts';
export { EmailResponse } from './notifications.responses.ts';
export { notificationRoutes } from './notifications.routes.ts';
export type { NotificationTables } from './notifications.schema.ts';
export { orderPush, queuePush, subscribe, unsubscribe } from './push.ts';
export { escapeHtml, giftCardsHtml, itemsHtml, TEMPLATE_NAMES, type TemplateName } from './templates.ts';
export { type Vapid, vapidKeys } from './vapid-keys.ts';
export { signPayload, verifySignature } from './webhook-sender.ts';
export { webhookRoutes } from './webhooks.routes.ts';
export { createWebhookService, type WebhookService } from './webhooks.service.ts';
