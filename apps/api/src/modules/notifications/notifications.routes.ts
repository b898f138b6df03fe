import { notFound } from '../../platform/errors.ts';
import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { ListEnvelopeOf, StoreParams } from '../../platform/http/schemas.ts';
import type { NotificationService } from './notification.service.ts';
import { EmailResponse, TemplatePreviewResponse, TemplateResponse } from './notifications.responses.ts';
import {
  EmailListQuery,
  PreviewBody,
  TemplateBody,
  TemplateParams,
  TestEmailBody,
} from './notifications.validators.ts';
import { isTemplateName, type TemplateName } from './templates.ts';

const tags = ['notifications'];
const templateOf = (name: string): TemplateName => {
  if (!isTemplateName(name)) throw notFound('Template');
  return name;
};
const base = '/api/stores/:storeId';

/** Staff views of a store's email log and its branded templates. */
export function notificationRoutes(notifications: NotificationService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: `${base}/notifications`,
        summary: 'Emails sent (or queued) for a store',
        response: ListEnvelopeOf(EmailResponse),
        tags,
        params: StoreParams,
        query: EmailListQuery,
      },
      ({ tx, params, query }) => notifications.listEmails(tx, params.storeId, query),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/notification-templates`,
        summary: "A store's email templates (defaults and overrides)",
        response: ListEnvelopeOf(TemplateResponse),
        tags,
        params: StoreParams,
      },
      ({ tx, params }) => notifications.listTemplates(tx, params.storeId),
    ),
    adminRoute(
      {
        method: 'get',
        path: `${base}/notification-templates/:template`,
        summary: 'One email template',
        response: TemplateResponse,
        tags,
        params: TemplateParams,
      },
      ({ tx, params }) => notifications.getTemplate(tx, params.storeId, templateOf(params.template)),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/notification-templates/:template`,
        summary: 'Override an email template ({{placeholders}} are escaped)',
        response: TemplateResponse,
        tags,
        params: TemplateParams,
        body: TemplateBody,
        requirePermission: 'settings.store',
      },
      ({ tx, params, body }) =>
        notifications.putTemplate(tx, params.storeId, templateOf(params.template), body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/notification-templates/:template`,
        summary: 'Back to the built-in template',
        tags,
        params: TemplateParams,
        requirePermission: 'settings.store',
      },
      async ({ tx, params }) => {
        await notifications.resetTemplate(tx, params.storeId, templateOf(params.template));
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/notification-templates/:template/preview`,
        status: 200,
        summary: 'Render a template (or unsaved edits of it) with sample data',
        response: TemplatePreviewResponse,
        tags,
        params: TemplateParams,
        body: PreviewBody,
        requirePermission: 'settings.store',
      },
      ({ tx, params, body }) =>
        notifications.preview(tx, params.storeId, templateOf(params.template), {
          data: body.data,
          draft: body.draft,
        }),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/notification-templates/:template/test`,
        summary: 'Send a template to an address (queued like any email)',
        response: EmailResponse,
        tags,
        params: TemplateParams,
        body: TestEmailBody,
        requirePermission: 'settings.store',
      },
      async ({ tx, params, body }) => {
        const template = templateOf(params.template);
        const email = await notifications.sendTest(tx, params.storeId, template, body.to, body.data);
        return created(`/api/stores/${params.storeId}/notifications`, email);
      },
    ),
  ];
}
