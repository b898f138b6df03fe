'use client';
// Abandoned carts: the recovery figures, then the carts (all, waiting, recovered) with who left
// them, what they held, when the reminder went and whether the shopper came back.
import Link from 'next/link';
import { useState } from 'react';
import { useAbandonedCarts } from '@/lib/marketing';
import { Select } from './settings-ui';
import { money, Pager, ScrollX, States } from './ui';

const when = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '—');
const FILTERS = { '': 'All', false: 'Waiting', true: 'Recovered' } as const;

export function AbandonedCarts({ storeId, currency }: { storeId: string; currency: string }) {
  const [offset, setOffset] = useState(0);
  const [recovered, setRecovered] = useState<'' | 'true' | 'false'>('');
  const { list, stats } = useAbandonedCarts(storeId, offset, recovered);
  const s = stats.data;
  return (
    <section aria-labelledby="abandoned-h">
      <h2 id="abandoned-h">Abandoned carts</h2>
      {s ? (
        <dl className="figures">
          <div>
            <dt>Abandoned</dt>
            <dd>{s.abandoned}</dd>
          </div>
          <div>
            <dt>Recovered</dt>
            <dd>{s.recovered}</dd>
          </div>
          <div>
            <dt>Recovery rate</dt>
            <dd>{(s.recoveryRate * 100).toFixed(1)} %</dd>
          </div>
          <div>
            <dt>Recovered and ordered</dt>
            <dd>{s.recoveredAndConverted}</dd>
          </div>
          <div>
            <dt>Value abandoned</dt>
            <dd>{money(s.abandonedValue, currency)}</dd>
          </div>
        </dl>
      ) : null}
      <Select
        label="Show carts"
        value={recovered}
        onChange={(e) => {
          setRecovered(e.target.value as typeof recovered);
          setOffset(0);
        }}
      >
        {Object.entries(FILTERS).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </Select>
      <States query={list} empty="No abandoned carts." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <>
            <ScrollX label="Abandoned carts table">
              <table>
                <caption className="visually-hidden">Abandoned carts</caption>
                <thead>
                  <tr>
                    <th scope="col">Shopper</th>
                    <th scope="col">Units</th>
                    <th scope="col">Total</th>
                    <th scope="col">Abandoned (UTC)</th>
                    <th scope="col">Reminder (UTC)</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {l.data.map((c) => (
                    <tr key={c.id}>
                      <td>
                        {c.customerId ? (
                          <Link href={`/customers/${c.customerId}?store=${storeId}`}>
                            {c.email ?? 'Customer'}
                          </Link>
                        ) : (
                          (c.email ?? 'Guest without email')
                        )}
                      </td>
                      <td>{c.units}</td>
                      <td>{money(c.total, c.currency)}</td>
                      <td>{when(c.abandonedAt)}</td>
                      <td>{when(c.reminderSentAt)}</td>
                      <td>
                        {c.recoveredAt
                          ? `Recovered ${when(c.recoveredAt)}`
                          : c.orderId
                            ? 'Ordered'
                            : 'Waiting'}
                        {c.orderId ? (
                          <>
                            {' · '}
                            <Link href={`/orders/${c.orderId}?store=${storeId}`}>Order</Link>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollX>
            <Pager
              label="Abandoned cart pages"
              offset={offset}
              limit={25}
              total={l.total}
              onOffset={setOffset}
            />
          </>
        )}
      </States>
    </section>
  );
}
