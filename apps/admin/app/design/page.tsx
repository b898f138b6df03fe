'use client';
import { DesignEditor } from '@/components/design-editor';
import { Page } from '@/components/ui';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** Store design: the active theme's draft with a live storefront preview. */
export default function Design() {
  const { role } = useSession();
  const { current, query } = useStores();
  return (
    <Page title="Design" crumbs={[{ label: 'Design' }]}>
      {!can.editSettings(role) ? (
        <p role="alert" className="alert">
          Only owners and admins change the store’s design.
        </p>
      ) : current ? (
        <DesignEditor storeId={current.id} storeName={current.name} />
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
