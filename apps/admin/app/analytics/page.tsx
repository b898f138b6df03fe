'use client';
import { AnalyticsControls, AnalyticsReport } from '@/components/analytics';
import { Page } from '@/components/ui';
import { useAnalyticsView } from '@/lib/analytics';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** Analytics: the reports of the API over a date range, for the current store or all stores. */
export default function AnalyticsPage() {
  const { role } = useSession();
  const { current, query } = useStores();
  const view = useAnalyticsView();
  return (
    <Page title="Analytics" crumbs={[{ label: 'Analytics' }]}>
      {!can.readAnalytics(role) ? (
        <p role="alert" className="alert">
          Only owners and admins see the reports.
        </p>
      ) : current ? (
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
