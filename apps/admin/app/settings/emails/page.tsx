'use client';
import { useSearchParams } from 'next/navigation';
import { EmailTemplates } from '@/components/email-templates';
import { SettingsNav } from '@/components/settings-nav';
import { Page } from '@/components/ui';
import { isTemplateName } from '@/lib/emails';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** The emails the store sends shoppers (and staff): templates with a live preview, and the log. */
export default function EmailsPage() {
  const { role } = useSession();
  const { current, query } = useStores();
  const template = useSearchParams().get('template');
  return (
    <Page title="Emails" crumbs={[{ label: 'Settings', href: '/settings' }, { label: 'Emails' }]}>
      {!can.editSettings(role) ? (
        <p role="alert" className="alert">
          Only owners and admins change the store's emails.
        </p>
      ) : (
        <div className="settings">
          <SettingsNav />
          {current ? (
            <EmailTemplates storeId={current.id} editing={isTemplateName(template) ? template : null} />
          ) : (
            <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
          )}
        </div>
      )}
    </Page>
  );
}
