'use client';
// The emails a store sends: every template (built-in or the store's own), an editor with a live
// preview filled with sample data, reset to the built-in text, a test send to the merchant's own
// address, and the log of the latest emails. The template being edited is held in the URL.
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import {
  type EmailTemplate,
  type EmailTemplateName,
  placeholdersIn,
  TEMPLATE_LABELS,
  useEmailLog,
  useEmailPreview,
  useEmailTemplateActions,
  useEmailTemplates,
} from '@/lib/emails';
import { useSession } from '@/lib/session';
import { FormAlert, SettingsTable, TextArea, useSave } from './settings-ui';
import { ConfirmButton, Field, message, States } from './ui';

export function EmailTemplates({ storeId, editing }: { storeId: string; editing: EmailTemplateName | null }) {
  const templates = useEmailTemplates(storeId);
  const open = templates.data?.data.find((t) => t.template === editing);
  return (
    <>
      <section className="panel" aria-labelledby="email-templates-h">
        <h2 id="email-templates-h">Email templates</h2>
        <p className="muted">
          Every email goes out in the store's colours and logo. Change a template's subject and text here; a
          template you have not changed follows the built-in one.
        </p>
        <States query={templates} empty="No templates." isEmpty={(l) => l.data.length === 0}>
          {(l) => <TemplateList templates={l.data} />}
        </States>
      </section>
      {open ? <TemplateEditor key={`${storeId}:${open.template}`} storeId={storeId} template={open} /> : null}
      <EmailLog storeId={storeId} />
    </>
  );
}

function TemplateList({ templates }: { templates: EmailTemplate[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const hrefOf = (name: string) => {
    const next = new URLSearchParams(params);
    next.set('template', name);
    return `${pathname}?${next}#template-editor`;
  };
  return (
    <SettingsTable
      caption="Email templates"
      rows={templates.map((t) => ({ ...t, id: t.template }))}
      columns={[
        { label: 'Email', cell: (t) => TEMPLATE_LABELS[t.template] },
        { label: 'Kind', cell: (t) => (t.category === 'MARKETING' ? 'Marketing' : 'Transactional') },
        { label: 'Text', cell: (t) => (t.isCustom ? 'Your own' : 'Built-in') },
      ]}
      actions={(t) => (
        <Link href={hrefOf(t.template)} aria-label={`Edit ${TEMPLATE_LABELS[t.template]}`}>
          Edit
        </Link>
      )}
    />
  );
}

function TemplateEditor({ storeId, template }: { storeId: string; template: EmailTemplate }) {
  const label = TEMPLATE_LABELS[template.template];
  const [draft, setDraft] = useState({ subject: template.subject, body: template.body });
  const actions = useEmailTemplateActions(storeId, template.template);
  const [saved, setSaved] = useState(false);
  const { errors, busy, run } = useSave(async () => {
    await actions.save.mutateAsync(draft);
    setSaved(true);
  });
  const unsaved = draft.subject !== template.subject || draft.body !== template.body;
  const edit = (change: Partial<typeof draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  return (
    <section className="panel email-editor" id="template-editor" aria-labelledby="template-editor-h">
      <h2 id="template-editor-h">{label}</h2>
      <div className="email-editor-grid">
        <form
          aria-label={`Edit ${label}`}
          onSubmit={(e) => {
            e.preventDefault();
            run(undefined);
          }}
        >
          <Field
            label="Subject"
            name="subject"
            value={draft.subject}
            onChange={(e) => edit({ subject: e.target.value })}
            error={errors.subject}
            required
          />
          <TextArea
            label="Body (HTML)"
            name="body"
            className="code"
            rows={14}
            value={draft.body}
            onChange={(e) => edit({ body: e.target.value })}
            error={errors.body}
            hint={`{{name}} inserts a value, escaped. This template uses: ${placeholdersIn(
              `${draft.subject} ${draft.body}`,
            ).join(', ')}.`}
          />
          <FormAlert error={errors.form} />
          <div className="row">
            <button type="submit" className="primary" disabled={busy || !unsaved}>
              Save template
            </button>
            {template.isCustom ? (
              <ConfirmButton
                label={`Reset to built-in text (${label})`}
                text="Reset to built-in"
                what="Your subject and text for this email are deleted; the store sends the built-in template again."
                confirmLabel="Reset template"
                onConfirm={async () => {
                  const builtIn = await actions.reset.mutateAsync();
                  setDraft({ subject: builtIn.subject, body: builtIn.body });
                }}
              />
            ) : null}
            <p role="status" className="muted">
              {saved ? 'Saved.' : unsaved ? 'Unsaved changes: the preview shows them.' : ''}
            </p>
          </div>
        </form>
        <EmailPreview storeId={storeId} name={template.template} draft={draft} label={label} />
      </div>
      <TestSend storeId={storeId} name={template.template} unsaved={unsaved} />
    </section>
  );
}

function EmailPreview({
  storeId,
  name,
  draft,
  label,
}: {
  storeId: string;
  name: EmailTemplateName;
  draft: { subject: string; body: string };
  label: string;
}) {
  const preview = useEmailPreview(storeId, name, draft);
  return (
    <div className="email-preview">
      <h3>Preview, with a sample order</h3>
      {preview.error ? (
        <p role="alert" className="error">
          {message(preview.error)}
        </p>
      ) : preview.data ? (
        <>
          <p>
            <span className="muted">Subject: </span>
            <strong data-testid="preview-subject">{preview.data.subject}</strong>
          </p>
          {/* No scripts, no same-origin: the merchant's HTML is shown, never run. */}
          <iframe title={`Preview of ${label}`} sandbox="" srcDoc={preview.data.html} />
        </>
      ) : (
        <p role="status">Rendering…</p>
      )}
    </div>
  );
}

function TestSend({
  storeId,
  name,
  unsaved,
}: {
  storeId: string;
  name: EmailTemplateName;
  unsaved: boolean;
}) {
  const { who } = useSession();
  const { sendTest } = useEmailTemplateActions(storeId, name);
  const [sentTo, setSentTo] = useState('');
  const { errors, busy, run } = useSave(async (to: string) => {
    await sendTest.mutateAsync(to);
    setSentTo(to);
  });
  return (
    <form
      className="row test-send"
      aria-label="Send a test email"
      onSubmit={(e) => {
        e.preventDefault();
        run(String(new FormData(e.currentTarget).get('to') ?? '').trim());
      }}
    >
      <Field
        label="Send a test to"
        name="to"
        type="email"
        required
        defaultValue={who?.email ?? ''}
        error={errors.to}
        hint={unsaved ? 'Save first: the test sends the saved template.' : 'Filled with the sample order.'}
      />
      <button type="submit" disabled={busy || unsaved}>
        Send test email
      </button>
      <FormAlert error={errors.form} />
      <p role="status" className="muted">
        {sentTo ? `Test email queued for ${sentTo}: its delivery shows in the log below.` : ''}
      </p>
    </form>
  );
}

const STATUS: Record<string, string> = {
  PENDING: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  LOGGED: 'Logged (no mail server set)',
  SKIPPED: 'Not sent',
  FAILED: 'Failed',
};

function EmailLog({ storeId }: { storeId: string }) {
  const log = useEmailLog(storeId);
  return (
    <section className="panel" aria-labelledby="email-log-h">
      <h2 id="email-log-h">Latest emails</h2>
      <States query={log} empty="No emails sent yet." isEmpty={(l) => l.data.length === 0}>
        {(l) => (
          <SettingsTable
            caption="Latest emails"
            rows={l.data}
            columns={[
              { label: 'Subject', cell: (e) => e.subject, wide: true },
              { label: 'To', cell: (e) => e.to },
              {
                label: 'Status',
                cell: (e) => `${STATUS[e.status] ?? e.status}${e.lastError ? ` (${e.lastError})` : ''}`,
              },
              { label: 'Queued', cell: (e) => new Date(e.createdAt).toLocaleString('en-US') },
            ]}
          />
        )}
      </States>
    </section>
  );
}
