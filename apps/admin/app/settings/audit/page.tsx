'use client';
import { AuditLog } from '@/components/audit-log';
import { SettingsNav } from '@/components/settings-nav';
import { Page } from '@/components/ui';
import { can, useSession } from '@/lib/session';

/** Who changed what, and when: the API's audit log of staff and API-key writes. */
export default function AuditPage() {
  const { role } = useSession();
  return (
    <Page title="Audit log" crumbs={[{ label: 'Settings', href: '/settings' }, { label: 'Audit log' }]}>
      {!can.readAudit(role) ? (
        <p role="alert" className="alert">
          Only owners and admins read the audit log.
        </p>
      ) : (
        <div className="settings">
          <SettingsNav />
          <AuditLog />
        </div>
      )}
    </Page>
  );
}
