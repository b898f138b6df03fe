'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { Customer } from '@ventory/sdk';
import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import { Page, States } from '@/components/ui';
import { customerName } from '@/lib/customers';
import { useSession } from '@/lib/session';
import { useStores, useUrlState } from '@/lib/stores';

const LIMIT = 25;
/** The rows open the customer's profile by their name (or email, when there is no name). */
const columnsFor = (storeId: string): ColumnDef<Customer, unknown>[] => [
  {
    header: 'Name',
    meta: { sort: 'lastName' },
    cell: ({ row }) => (
      <Link href={`/customers/${row.original.id}?store=${storeId}`}>{customerName(row.original)}</Link>
    ),
  },
  { header: 'Email', meta: { sort: 'email' }, cell: ({ row }) => row.original.email },
  {
    header: 'Since',
    meta: { sort: 'createdAt' },
    cell: ({ row }) => new Date(row.original.createdAt).toLocaleDateString('en-GB'),
  },
];

export default function Customers() {
  const { client } = useSession();
  const { current } = useStores();
  const { params, set } = useUrlState();
  const storeId = current?.id ?? '';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: params.get('offset') ?? '0' });
  for (const k of ['q', 'sort']) if (params.get(k)) query.set(k, params.get(k) ?? '');
  const customers = useQuery({
    queryKey: ['customers', storeId, query.toString()],
    queryFn: () => client.customers.list(storeId, `?${query}`),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
  });
  return (
    <Page title="Customers" crumbs={[{ label: 'Customers' }]}>
      <search>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: String(new FormData(e.currentTarget).get('q') ?? ''), offset: null });
          }}
        >
          <div className="field">
            <label htmlFor="cust-q">Name or email</label>
            <input id="cust-q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
          </div>
          <div className="field">
            <button type="submit">Filter</button>
          </div>
        </form>
      </search>
      <States query={customers} empty="No customers yet." isEmpty={(d) => d.total === 0}>
        {(d) => (
          <DataTable
            caption="Customers"
            columns={columnsFor(storeId)}
            rows={d.data}
            total={d.total}
            limit={LIMIT}
          />
        )}
      </States>
    </Page>
  );
}
