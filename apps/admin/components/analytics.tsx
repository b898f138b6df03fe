'use client';
// The Analytics section's frame: report tabs, the date range (two date fields and presets), the
// scope (this store or all stores); everything is a URL parameter, so the view can be bookmarked.
import type { Store } from '@ventory/sdk';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type FormEvent, useId } from 'react';
import {
  lengthInDays,
  PRESETS,
  presetRange,
  previousPeriod,
  REPORTS,
  type useAnalyticsView,
} from '@/lib/analytics';
import { OtherReport, TENANT_WIDE } from './analytics-reports';
import { AllStoresSales, StoreSales } from './analytics-sales';

type View = ReturnType<typeof useAnalyticsView>;

export function AnalyticsControls({ view, storeName }: { view: View; storeName: string }) {
  const params = useSearchParams();
  const id = useId();
  const { range, set } = view;
  const hrefFor = (key: string) => {
    const next = new URLSearchParams(params.toString());
    next.set('report', key);
    return `/analytics?${next.toString()}`;
  };
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    // Dates typed the wrong way round are taken as the range they describe.
    const [from, to] = [String(data.get('from')), String(data.get('to'))].sort();
    set({ from: from ?? null, to: to ?? null });
  };
  const days = lengthInDays(range);
  const prev = previousPeriod(range);
  return (
    <>
      <nav aria-label="Reports" className="tabs">
        {REPORTS.map((r) => (
          <Link key={r.key} href={hrefFor(r.key)} aria-current={view.report === r.key ? 'page' : undefined}>
            {r.label}
          </Link>
        ))}
      </nav>
      <div className="panel analytics-controls">
        <form aria-label="Date range" className="row" onSubmit={apply} key={`${range.from}-${range.to}`}>
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              name="from"
              type="date"
              defaultValue={range.from}
              max={range.to}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} name="to" type="date" defaultValue={range.to} required />
          </div>
          <button type="submit">Show</button>
        </form>
        <fieldset className="row presets">
          <legend>Presets</legend>
          {PRESETS.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={days === d && range.to === presetRange(d).to}
              onClick={() => set(presetRange(d))}
            >
              Last {d} days
            </button>
          ))}
        </fieldset>
        <fieldset className="row">
          <legend>Scope</legend>
          <button type="button" aria-pressed={!view.allStores} onClick={() => set({ scope: null })}>
            {storeName}
          </button>
          <button type="button" aria-pressed={view.allStores} onClick={() => set({ scope: 'all' })}>
            All stores
          </button>
        </fieldset>
        <p className="muted">
          {range.from} to {range.to} ({days} {days === 1 ? 'day' : 'days'}, UTC), compared with {prev.from} to{' '}
          {prev.to}.
        </p>
      </div>
    </>
  );
}

export function AnalyticsReport({ view, store }: { view: View; store: Store }) {
  const { report, range, allStores } = view;
  if (report === 'sales')
    return allStores ? (
      <AllStoresSales range={range} />
    ) : (
      <StoreSales storeId={store.id} storeName={store.name} range={range} />
    );
  return (
    <>
      {allStores && !TENANT_WIDE.includes(report) ? (
        <p className="muted">This report is per store: it shows {store.name}.</p>
      ) : null}
      <OtherReport report={report} range={range} storeId={store.id} storeName={store.name} />
    </>
  );
}
