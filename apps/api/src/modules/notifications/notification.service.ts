import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import { listEnvelope } from '../../platform/http/schemas.ts';
import * as repo from './notifications.repository.ts';
import { type EmailRow, notificationsWrites } from './notifications.schema.ts';
import { TEMPLATE_SAMPLES } from './template-samples.ts';
import {
  brandedLayout,
  DEFAULT_TEMPLATES,
  htmlToText,
  renderString,
  TEMPLATE_NAMES,
  type TemplateName,
} from './templates.ts';

export type SendInput = {
  storeId: string;
  template: TemplateName;
  to: string;
  data: Record<string, unknown>;
  /** What the email is about (e.g. `order:<id>`), for the log. */
  reference?: string;
};

const toEmailDto = (e: EmailRow) => ({
  id: e.id,
  template: e.template,
  category: e.category,
  to: e.toEmail,
  subject: e.subject,
  status: e.status,
  attempts: e.attempts,
  reference: e.reference,
  lastError: e.lastError,
  createdAt: e.createdAt.toISOString(),
  sentAt: e.sentAt ? new Date(e.sentAt).toISOString() : null,
});

type TemplateSource = { subject: string; body: string };

/** Renders the store's template, or `draft` (unsaved edits being previewed) in its place. */
async function render(
  tx: TenantTx,
  storeId: string,
  template: TemplateName,
  data: Record<string, unknown>,
  draft?: TemplateSource,
) {
  const [brand, override] = await Promise.all([
    repo.findBranding(tx, storeId),
    draft ? undefined : repo.findTemplateOverride(tx, storeId, template),
  ]);
  if (!brand) throw notFound('Store');
  const base = DEFAULT_TEMPLATES[template];
  const source = draft ?? override ?? base;
  const context = {
    store: { name: brand.name, domain: brand.domain, contactEmail: brand.contactEmail },
    ...data,
  };
  const bodyHtml = renderString(source.body, context, true);
  const html = brandedLayout(brand, bodyHtml, base.category);
  return {
    category: base.category,
    subject: renderString(source.subject, context, false)
      .replace(/[\r\n]+/g, ' ')
      .slice(0, 300),
    html,
    text: htmlToText(bodyHtml),
  };
}

/**
 * The platform's one notification service: renders a store's branded template and queues the
 * email in the caller's transaction (so it exists exactly when the change does); the delivery
 * worker sends it over SMTP. Marketing emails go only to customers who consented: who did is the
 * customers module's to say, passed in by the composition (notifications depends on no module).
 */
export function createNotificationService(deps: {
  hasMarketingConsent: (tx: TenantTx, storeId: string, email: string) => Promise<boolean>;
}) {
  return {
    async send(tx: TenantTx, input: SendInput) {
      const rendered = await render(tx, input.storeId, input.template, input.data);
      const to = input.to.trim().toLowerCase();
      const allowed =
        rendered.category !== 'MARKETING' || (await deps.hasMarketingConsent(tx, input.storeId, to));
      const row = await repo.insertEmail(tx, {
        storeId: input.storeId,
        template: input.template,
        category: rendered.category,
        toEmail: to,
        subject: rendered.subject,
        html: rendered.html,
        textBody: rendered.text,
        reference: input.reference ?? null,
        lastError: allowed ? null : 'no marketing consent',
        ...(allowed ? {} : { status: 'SKIPPED' as const }),
      });
      return toEmailDto(row);
    },

    async listEmails(
      tx: TenantTx,
      storeId: string,
      q: { limit: number; offset: number; to?: string; template?: string },
    ) {
      const { rows, total } = await repo.listEmails(tx, storeId, q);
      return listEnvelope(rows.map(toEmailDto), total, q);
    },

    async listTemplates(tx: TenantTx, storeId: string) {
      const overrides = new Map((await repo.listTemplateOverrides(tx, storeId)).map((o) => [o.template, o]));
      const data = TEMPLATE_NAMES.map((name) => {
        const custom = overrides.get(name);
        const base = DEFAULT_TEMPLATES[name];
        return {
          template: name,
          category: base.category,
          subject: custom?.subject ?? base.subject,
          body: custom?.body ?? base.body,
          isCustom: !!custom,
        };
      });
      return { data, total: data.length, limit: data.length, offset: 0 };
    },

    async getTemplate(tx: TenantTx, storeId: string, name: TemplateName) {
      const custom = await repo.findTemplateOverride(tx, storeId, name);
      const base = DEFAULT_TEMPLATES[name];
      return {
        template: name,
        category: base.category,
        subject: custom?.subject ?? base.subject,
        body: custom?.body ?? base.body,
        isCustom: !!custom,
      };
    },

    async putTemplate(
      tx: TenantTx,
      storeId: string,
      name: TemplateName,
      input: { subject: string; body: string },
    ) {
      await repo.upsertTemplate(tx, storeId, name, input.subject, input.body);
      return this.getTemplate(tx, storeId, name);
    },

    async resetTemplate(tx: TenantTx, storeId: string, name: TemplateName) {
      await repo.deleteTemplate(tx, storeId, name);
    },

    /** Renders a template with the given data without sending anything. */
    /** The template (or its unsaved `draft`) filled with sample data, which `data` overrides. */
    async preview(
      tx: TenantTx,
      storeId: string,
      name: TemplateName,
      input: { data?: Record<string, unknown>; draft?: TemplateSource },
    ) {
      const data = { ...TEMPLATE_SAMPLES[name], ...input.data };
      const { subject, html, text, category } = await render(tx, storeId, name, data, input.draft);
      return { template: name, category, subject, html, text };
    },

    /** The template sent to a merchant's address, filled with sample data as in the preview. */
    sendTest(tx: TenantTx, storeId: string, name: TemplateName, to: string, data?: Record<string, unknown>) {
      const filled = { ...TEMPLATE_SAMPLES[name], ...data };
      return this.send(tx, { storeId, template: name, to, data: filled, reference: 'test' });
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;

/** Emails sent to an address in a store (personal data export). */
export async function emailsTo(tx: TenantTx, storeId: string, email: string) {
  const rows = await tx
    .selectFrom('emailMessages')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('toEmail', '=', email.toLowerCase())
    .orderBy('createdAt')
    .execute();
  return rows.map(toEmailDto);
}

/** Erasure: the email log keeps no message bodies or address of an erased customer. */
export async function forgetEmailsTo(tx: TenantTx, storeId: string, email: string, replacement: string) {
  await notificationsWrites(tx)
    .updateTable('emailMessages')
    .set({ toEmail: replacement, html: '', textBody: '', subject: '(erased)' })
    .where('storeId', '=', storeId)
    .where('toEmail', '=', email.toLowerCase())
    .execute();
}
