'use client';
import { Domains } from '@/components/domains';
import { Page } from '@/components/ui';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** The store's domains and their verification (docs/tls.md). */
export default function DomainsPage() {
  const { role } = useSession();
  const { current, query } = useStores();
  return (
    <Page title="Domains" crumbs={[{ label: 'Domains' }]}>
      {!can.editSettings(role) ? (
        <p role="alert" className="alert">
          Only owners and admins manage domains.
        </p>
      ) : current ? (
        <Domains storeId={current.id} />
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
