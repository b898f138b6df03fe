'use client';
import { Coupons } from '@/components/coupons';
import { GiftCards } from '@/components/gift-cards';
import { Page } from '@/components/ui';
import { useStores } from '@/lib/stores';

/** Marketing: the store's coupons and gift cards. */
export default function Marketing() {
  const { current, query } = useStores();
  return (
    <Page title="Marketing" crumbs={[{ label: 'Marketing' }]}>
      {current ? (
        <>
          <Coupons storeId={current.id} />
          <GiftCards storeId={current.id} />
        </>
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
