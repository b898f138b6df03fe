'use client';
import { PaymentMethods } from '@/components/payment-methods';
import { SellingReadiness } from '@/components/selling-readiness';
import { SettingsNav } from '@/components/settings-nav';
import { ShippingMethods } from '@/components/shipping-methods';
import { StoreDetails } from '@/components/store-details';
import { TaxRates } from '@/components/tax-rates';
import { Page } from '@/components/ui';
import { can, useSession } from '@/lib/session';
import { useStores } from '@/lib/stores';

/** What a store needs to sell: shipping methods and zones, tax rates, payment methods, its details. */
export default function SettingsPage() {
  const { role } = useSession();
  const { current, query } = useStores();
  return (
    <Page title="Settings" crumbs={[{ label: 'Settings' }]}>
      {!can.editSettings(role) ? (
        <p role="alert" className="alert">
          Only owners and admins change the store's settings.
        </p>
      ) : current ? (
        <div className="settings">
          <SellingReadiness storeId={current.id} />
          <SettingsNav />
          <ShippingMethods storeId={current.id} currency={current.currency} />
          <TaxRates storeId={current.id} />
          <PaymentMethods storeId={current.id} />
          <StoreDetails storeId={current.id} />
        </div>
      ) : (
        <p className="muted">{query.isPending ? 'Loading…' : 'Create a store first.'}</p>
      )}
    </Page>
  );
}
