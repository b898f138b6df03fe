'use client';
import { ReturnStatusFilter, ReturnsTable } from '@/components/returns-list';
import { Page, States } from '@/components/ui';
import { useStoreReturns } from '@/lib/returns';
import { useStores, useUrlState } from '@/lib/stores';

const LIMIT = 25;

/** Every return of the store, newest first; `?status=` and `?offset=` make a view bookmarkable. */
export default function Returns() {
  const { current } = useStores();
  const { params, set } = useUrlState();
  const storeId = current?.id ?? '';
  const status = params.get('status') ?? '';
  const returns = useStoreReturns(storeId, {
    status,
    offset: Number(params.get('offset') ?? 0),
    limit: LIMIT,
  });
  return (
    <Page title="Returns" crumbs={[{ label: 'Returns' }]}>
      <ReturnStatusFilter status={status} onChange={(s) => set({ status: s, offset: null })} />
      <States
        query={returns}
        empty={status ? `No returns are ${status.toLowerCase()}.` : 'No returns yet.'}
        isEmpty={(d) => d.total === 0}
      >
        {(d) => <ReturnsTable storeId={storeId} rows={d.data} total={d.total} limit={LIMIT} />}
      </States>
    </Page>
  );
}
