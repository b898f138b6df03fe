import { z } from 'zod';
import { DateTimeOut } from '../../platform/http/schemas.ts';
import { TEMPLATE_NAMES } from './templates.ts';

/**
 * What the notification and webhook routes answer, as the wire carries it; checked against every
 * reply in tests with VALIDATE_RESPONSES=1 (see platform/http).
 */

const Category = z.enum(['TRANSACTIONAL', 'MARKETING']);

/** An email of the store's log (also in a customer's data export). */
export const EmailResponse = z.strictObject({
  id: z.string(),
  template: z.string(),
  category: Category,
  to: z.string(),
  subject: z.string(),
  status: z.enum(['PENDING', 'SENDING', 'SENT', 'LOGGED', 'SKIPPED', 'FAILED']),
  attempts: z.number().int(),
  reference: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: DateTimeOut,
  sentAt: DateTimeOut.nullable(),
});

/** A template as the store sends it: the built-in one or the store's override. */
export const TemplateResponse = z.strictObject({
  template: z.enum(TEMPLATE_NAMES),
  category: Category,
  subject: z.string(),
  body: z.string(),
  isCustom: z.boolean(),
});

export const TemplatePreviewResponse = z.strictObject({
  template: z.enum(TEMPLATE_NAMES),
  category: Category,
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

/** A webhook endpoint: its signing secret in full only in the reply that creates or rotates it. */
export const WebhookEndpointResponse = z.strictObject({
  id: z.string(),
  storeId: z.string().nullable(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  isActive: z.boolean(),
  secret: z.string(),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

export const WebhookDeliveryResponse = z.strictObject({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  topic: z.string(),
  status: z.enum(['PENDING', 'SENDING', 'DELIVERED', 'FAILED']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: DateTimeOut.nullable(),
  createdAt: DateTimeOut,
  deliveredAt: DateTimeOut.nullable(),
});
