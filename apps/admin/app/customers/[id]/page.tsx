'use client';
import { useParams } from 'next/navigation';
import { CustomerLoyalty } from '@/components/customer-loyalty';
import { CustomerAddresses, CustomerOrderList } from '@/components/customer-orders';
import { CustomerPrivacy } from '@/components/customer-privacy';
import { CustomerNotes, CustomerSummary, ErasedNotice } from '@/components/customer-summary';
import { Page, States } from '@/components/ui';
import { customerName, isErased, useCustomer } from '@/lib/customers';
import { useStores } from '@/lib/stores';

/** A customer's profile: summary, notes, orders, addresses, loyalty points, personal data. */
export default function CustomerPage() {
  const { id } = useParams<{ id: string }>();
  const { current } = useStores();
  const storeId = current?.id ?? '';
  const currency = current?.currency ?? 'USD';
  const { customer, update, erase } = useCustomer(storeId, id);
  const c = customer.data;
  const title = c ? (isErased(c) ? 'Erased customer' : customerName(c)) : 'Customer';
  return (
    <Page
      title={title}
      crumbs={[{ label: 'Customers', href: `/customers?store=${storeId}` }, { label: title }]}
    >
      <States query={customer} empty="">
        {(c) => (
          <>
            {isErased(c) ? <ErasedNotice /> : null}
            <CustomerSummary customer={c} currency={currency} />
            <CustomerNotes customer={c} save={(input) => update.mutateAsync(input)} />
            <CustomerOrderList storeId={storeId} customerId={c.id} />
            <CustomerAddresses addresses={c.addresses} />
            <CustomerLoyalty storeId={storeId} customerId={c.id} currency={currency} />
            <CustomerPrivacy storeId={storeId} customer={c} erase={() => erase.mutateAsync()} />
          </>
        )}
      </States>
    </Page>
  );
}
