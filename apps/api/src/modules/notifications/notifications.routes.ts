import { adminRoute, created, noContent, type RouteDef } from '../../platform/http/route.ts';
import { StoreParams } from '../../platform/http/schemas.ts';
import type { NotificationService } from './notification.service.ts';
import {
  EmailListQuery,
  PreviewBody,
  TemplateBody,
  TemplateParams,
  TestEmailBody,
} from './notifications.validators.ts';

const tags = ['notifications'];
const base = '/api/stores/:storeId';

/** Staff views of a store's email log and its branded templates. */
export function notificationRoutes(notifications: NotificationService): RouteDef[] {
  return [
    adminRoute(
      {
        method: 'get',
        path: `${base}/notifications`,
        summary: 'Emails sent (or queued) for a store',
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
        tags,
        params: TemplateParams,
      },
      ({ tx, params }) => notifications.getTemplate(tx, params.storeId, params.template),
    ),
    adminRoute(
      {
        method: 'put',
        path: `${base}/notification-templates/:template`,
        summary: 'Override an email template ({{placeholders}} are escaped)',
        tags,
        params: TemplateParams,
        body: TemplateBody,
        roles: ['OWNER', 'ADMIN'],
      },
      ({ tx, params, body }) => notifications.putTemplate(tx, params.storeId, params.template, body),
    ),
    adminRoute(
      {
        method: 'delete',
        path: `${base}/notification-templates/:template`,
        summary: 'Back to the built-in template',
        tags,
        params: TemplateParams,
        roles: ['OWNER', 'ADMIN'],
      },
      async ({ tx, params }) => {
        await notifications.resetTemplate(tx, params.storeId, params.template);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/notification-templates/:template/preview`,
        summary: 'Render a template with sample data',
        tags,
        params: TemplateParams,
        body: PreviewBody,
      },
      ({ tx, params, body }) => notifications.preview(tx, params.storeId, params.template, body.data ?? {}),
    ),
    adminRoute(
      {
        method: 'post',
        path: `${base}/notification-templates/:template/test`,
        summary: 'Send a template to an address (queued like any email)',
        tags,
        params: TemplateParams,
        body: TestEmailBody,
        roles: ['OWNER', 'ADMIN'],
      },
      async ({ tx, params, body }) => {
        const email = await notifications.send(tx, {
          storeId: params.storeId,
          template: params.template,
          to: body.to,
          data: body.data ?? {},
          reference: 'test',
        });
        return created(`/api/stores/${params.storeId}/notifications`, email);
      },
    ),
  ];
}
