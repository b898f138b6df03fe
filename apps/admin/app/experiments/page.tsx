'use client';
import { Experiments } from '@/components/experiments';
import { Page } from '@/components/ui';
import { useStores } from '@/lib/stores';

/** Experiments: A/B tests of the store's layouts, their results, and promoting the winner. */
export default function ExperimentsPage() {
  const { current, query } = useStores();
  return (
    <Page title="Experiments" crumbs={[{ label: 'Experiments' }]}>
      {current ? (
        <Experiments storeId={current.id} />
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
