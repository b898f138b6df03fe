'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { message, Page, States } from '@/components/ui';
import { openPdf } from '@/lib/download';
import { useSession } from '@/lib/session';
import { useUrlState } from '@/lib/stores';

export default function Warehouse() {
  const { client } = useSession();
  const { params, set } = useUrlState();
  const [error, setError] = useState('');
  const locations = useQuery({ queryKey: ['locations'], queryFn: () => client.inventory.locations.list() });
  const locationId =
    params.get('location') ??
    locations.data?.data.find((l) => l.isDefault)?.id ??
    locations.data?.data[0]?.id ??
    '';
  const queue = useQuery({
    queryKey: ['queue', locationId],
    queryFn: () => client.fulfillment.locationQueue(locationId),
    enabled: !!locationId,
    refetchInterval: 5000,
  });
  return (
    <div className="wh">
      <Page title="Warehouse" crumbs={[{ label: 'Warehouse' }]}>
        <div className="field">
          <label htmlFor="wh-location">Location</label>
          <select id="wh-location" value={locationId} onChange={(e) => set({ location: e.target.value })}>
            {(locations.data?.data ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!locationId}
          onClick={() =>
            openPdf(
              client,
              `/api/inventory/locations/${locationId}/pick-lists?format=pdf`,
              'pick-list.pdf',
            ).catch((e) => setError(message(e)))
          }
        >
          Print pick list (PDF)
        </button>
        {error ? (
          <p role="alert" className="alert">
            {error}
          </p>
        ) : null}
        <h2 style={{ marginTop: 16 }}>Queue</h2>
        <States query={queue} empty="No packages waiting here." isEmpty={(d) => d.data.length === 0}>
          {(d) => (
            <ul className="lines">
              {d.data.map((f) => (
                <li key={f.id}>
                  <Link href={`/warehouse/${f.id}?store=${f.storeId}&location=${locationId}`}>
                    Order {f.orderNumber}, package {f.number}
                  </Link>
                  <span className="badge">{f.status.toLowerCase()}</span>
                </li>
              ))}
            </ul>
          )}
        </States>
      </Page>
    </div>
  );
}
