'use client';
import { AbandonedCarts } from '@/components/abandoned-carts';
import { Coupons } from '@/components/coupons';
import { GiftCards } from '@/components/gift-cards';
import { LoyaltyRules } from '@/components/loyalty-rules';
import { Segments } from '@/components/segments';
import { Page } from '@/components/ui';
import { useStores } from '@/lib/stores';

/** Marketing: the store's coupons, gift cards, abandoned carts, customer segments and loyalty rules. */
export default function Marketing() {
  const { current, query } = useStores();
  return (
    <Page title="Marketing" crumbs={[{ label: 'Marketing' }]}>
      {current ? (
        <>
          <Coupons storeId={current.id} />
          <GiftCards storeId={current.id} />
          <AbandonedCarts storeId={current.id} currency={current.currency} />
          <Segments storeId={current.id} />
          <LoyaltyRules storeId={current.id} />
        </>
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
