import type { Call } from './call.ts';
import type { RequestBody, ResponseBody } from './contract.ts';

type One = '/api/stores/{storeId}/notification-templates/{template}';

/** A store's email template: the built-in one or the store's override (`isCustom`). */
export type EmailTemplate = ResponseBody<One, 'get'>;
export type EmailTemplateName = EmailTemplate['template'];
export type EmailTemplateInput = RequestBody<One, 'put'>;
/** The rendered subject, HTML and text of a template filled with sample data. */
export type EmailPreview = ResponseBody<`${One}/preview`, 'post'>;
export type EmailPreviewInput = RequestBody<`${One}/preview`, 'post'>;
/** An email in the store's log (queued, sent, failed or skipped). */
export type EmailMessage = ResponseBody<`${One}/test`, 'post'>;
type EmailLog = ResponseBody<'/api/stores/{storeId}/notifications', 'get'>;

/** The emails a store sends: its templates (edit, preview, reset, test send) and the sent log. */
export function emailTemplatesApi(call: Call) {
  const base = (storeId: string) => `/api/stores/${encodeURIComponent(storeId)}`;
  const one = (storeId: string, name: EmailTemplateName) =>
    `${base(storeId)}/notification-templates/${encodeURIComponent(name)}`;
  return {
    list: (storeId: string) =>
      call<{ data: EmailTemplate[] }>('GET', `${base(storeId)}/notification-templates`),
    get: (storeId: string, name: EmailTemplateName) => call<EmailTemplate>('GET', one(storeId, name)),
    save: (storeId: string, name: EmailTemplateName, input: EmailTemplateInput) =>
      call<EmailTemplate>('PUT', one(storeId, name), input),
    reset: (storeId: string, name: EmailTemplateName) => call<void>('DELETE', one(storeId, name)),
    preview: (storeId: string, name: EmailTemplateName, input: EmailPreviewInput) =>
      call<EmailPreview>('POST', `${one(storeId, name)}/preview`, input),
    sendTest: (storeId: string, name: EmailTemplateName, to: string) =>
      call<EmailMessage>('POST', `${one(storeId, name)}/test`, { to }),
    log: (storeId: string, query = '') => call<EmailLog>('GET', `${base(storeId)}/notifications${query}`),
  };
}
