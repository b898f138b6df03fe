import type { Generated, Selectable } from 'kysely';
import type { Json, TenantId, Timestamp } from '../../platform/db/platform-tables.ts';

export type EmailStatus = 'PENDING' | 'SENDING' | 'SENT' | 'LOGGED' | 'SKIPPED' | 'FAILED';
export type EmailCategory = 'TRANSACTIONAL' | 'MARKETING';

export interface NotificationTemplatesTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string;
  template: string;
  subject: string;
  body: string;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface EmailMessagesTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string | null;
  template: string;
  category: EmailCategory;
  toEmail: string;
  subject: string;
  html: string;
  textBody: string;
  reference: string | null;
  status: Generated<EmailStatus>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastError: string | null;
  createdAt: Generated<Date>;
  sentAt: Timestamp | null;
}

export interface WebhookEndpointsTable {
  tenantId: TenantId;
  id: Generated<string>;
  storeId: string | null;
  url: string;
  secret: string;
  events: Generated<string[]>;
  description: string | null;
  isActive: Generated<boolean>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type DeliveryStatus = 'PENDING' | 'SENDING' | 'DELIVERED' | 'FAILED';
export interface WebhookDeliveriesTable {
  tenantId: TenantId;
  id: Generated<string>;
  endpointId: string;
  eventId: string;
  topic: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Generated<Date>;
  deliveredAt: Timestamp | null;
}

import { type TenantTx, writesTo } from '../../platform/db/pool.ts';
import type { PushTables } from './push.ts';

export interface NotificationTables extends PushTables {
  notificationTemplates: NotificationTemplatesTable;
  emailMessages: EmailMessagesTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookDeliveries: WebhookDeliveriesTable;
}

export type EmailRow = Selectable<EmailMessagesTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;

/** Notifications writes its own tables only: its handle on the caller's tenant transaction. */
export const notificationsWrites = (tx: TenantTx) => writesTo<NotificationTables>(tx);

// Adds this module's tables to the database type (declared by the platform, which imports no module).
declare module '../../platform/db/database.ts' {
  interface Database extends NotificationTables {}
}
