'use client';
import { AnalyticsControls, AnalyticsReport } from '@/components/analytics';
import { Page } from '@/components/ui';
import { useAnalyticsView } from '@/lib/analytics';
import { useStores } from '@/lib/stores';

/** Analytics: the reports of the API over a date range, for the current store or all stores. */
export default function AnalyticsPage() {
  const { current, query } = useStores();
  const view = useAnalyticsView();
  return (
    <Page title="Analytics" crumbs={[{ label: 'Analytics' }]}>
      {current ? (
        <>
          <AnalyticsControls view={view} storeName={current.name} />
          <AnalyticsReport view={view} store={current} />
        </>
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
