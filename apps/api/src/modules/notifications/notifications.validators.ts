import { z } from 'zod';
import { listQuery, Uuid } from '../../platform/http/schemas.ts';
import { TEMPLATE_NAMES } from './templates.ts';

/** The template name is checked by the route (an unknown one is 404, a missing resource). */
export const TemplateParams = z.object({ storeId: Uuid, template: z.string().max(60) });
export const TemplateBody = z.strictObject({
  subject: z.string().trim().min(1).max(300),
  body: z.string().min(1).max(100_000),
});
/** `draft`: unsaved edits to preview instead of the saved template; `data` overrides the samples. */
export const PreviewBody = z.strictObject({
  data: z.record(z.string(), z.unknown()).optional(),
  draft: TemplateBody.optional(),
});
export const TestEmailBody = z.strictObject({
  to: z.email().max(254),
  data: z.record(z.string(), z.unknown()).optional(),
});
export const EmailListQuery = listQuery([]).extend({
  to: z.string().max(254).optional(),
  template: z.enum(TEMPLATE_NAMES).optional(),
});

const EventPattern = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_.]*(\*)?$|^\*$/,
    'must be an event topic like order.created or a prefix like order.*',
  );
const WebhookUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048);
export const CreateWebhookBody = z.strictObject({
  url: WebhookUrl,
  events: z.array(EventPattern).max(100).optional(),
  description: z.string().max(500).nullable().optional(),
  isActive: z.boolean().optional(),
});
export const UpdateWebhookBody = z
  .strictObject({
    url: WebhookUrl,
    events: z.array(EventPattern).max(100),
    description: z.string().max(500).nullable(),
    isActive: z.boolean(),
  })
  .partial();
export type CreateWebhookInput = z.output<typeof CreateWebhookBody>;
export type UpdateWebhookInput = z.output<typeof UpdateWebhookBody>;
export const DeliveryListQuery = listQuery([]).extend({
  status: z.enum(['PENDING', 'SENDING', 'DELIVERED', 'FAILED']).optional(),
});
