'use client';
import { ApiKeys } from '@/components/api-keys';
import { SettingsNav } from '@/components/settings-nav';
import { Page } from '@/components/ui';
import { Webhooks } from '@/components/webhooks';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** Connections to other systems: the store's webhook endpoints and the tenant's API keys. */
export default function IntegrationsPage() {
  const { role } = useSession();
  const { current, query } = useStores();
  return (
    <Page title="Integrations" crumbs={[{ label: 'Settings', href: '/settings' }, { label: 'Integrations' }]}>
      {!can.manageIntegrations(role) ? (
        <p role="alert" className="alert">
          Only owners and admins manage webhooks and API keys: a key or an endpoint can read and change the
          whole shop's data. Ask an owner or admin if you need one.
        </p>
      ) : (
        <div className="settings">
          <SettingsNav />
          {current ? (
            <Webhooks storeId={current.id} />
          ) : (
            <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
          )}
          <ApiKeys />
        </div>
      )}
    </Page>
  );
}
