'use client';
// The Analytics section's state, all in the URL so a view can be bookmarked: which report, the
// date range (`from`/`to`, UTC days, `to` inclusive, as the API reads them), the scope (the current
// store, `?store=`, or `scope=all`), and the previous period of equal length to compare with.
import { useQuery } from '@tanstack/react-query';
import type { ReportRange } from '@ventory/sdk';
import { useUrlState } from './stores';

export const REPORTS = [
  { key: 'sales', label: 'Sales' },
  { key: 'funnel', label: 'Funnel and abandonment' },
  { key: 'customers', label: 'Customers' },
  { key: 'affinity', label: 'Bought together' },
  { key: 'inventory', label: 'Inventory velocity' },
  { key: 'searches', label: 'Searches' },
  { key: 'fulfilment', label: 'Fulfilment' },
  { key: 'forecast', label: 'Forecast' },
] as const;
export type ReportKey = (typeof REPORTS)[number]['key'];
export const PRESETS = [7, 30, 90] as const;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const isDay = (d: string | null): d is string =>
  !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(parse(d));

/** Today as a UTC day (the API's days are UTC). */
export const today = (now = Date.now()) => iso(now);

/** The last `days` days including today. */
export function presetRange(days: number, now = Date.now()): { from: string; to: string } {
  const to = parse(today(now));
  return { from: iso(to - (days - 1) * DAY), to: iso(to) };
}

/** Days in an inclusive range. */
export const lengthInDays = (r: { from: string; to: string }) =>
  Math.round((parse(r.to) - parse(r.from)) / DAY) + 1;

/** The period of equal length just before `r` (ending the day before it starts). */
export function previousPeriod(r: { from: string; to: string }): { from: string; to: string } {
  const days = lengthInDays(r);
  const to = parse(r.from) - DAY;
  return { from: iso(to - (days - 1) * DAY), to: iso(to) };
}

/** Change from `before` to `now` as a fraction, or null when there was nothing before. */
export function change(now: number, before: number): number | null {
  if (before === 0) return now === 0 ? 0 : null;
  return (now - before) / Math.abs(before);
}

/** The view as the URL holds it; a missing or broken range is the last 30 days. */
export function useAnalyticsView() {
  const { params, set } = useUrlState();
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const fallback = presetRange(30);
  const valid = isDay(fromParam) && isDay(toParam) && parse(fromParam) <= parse(toParam);
  const range = valid ? { from: fromParam, to: toParam } : fallback;
  const report = (REPORTS.find((r) => r.key === params.get('report'))?.key ?? 'sales') as ReportKey;
  const allStores = params.get('scope') === 'all';
  return { range, report, allStores, set };
}

/** A report for the range and for the previous period (the second only when `compare`). */
export function useReport<T>(
  key: unknown[],
  range: { from: string; to: string },
  load: (r: ReportRange) => Promise<T>,
  compare = false,
) {
  const now = useQuery({ queryKey: ['analytics', ...key, range.from, range.to], queryFn: () => load(range) });
  const before = previousPeriod(range);
  const prev = useQuery({
    queryKey: ['analytics', ...key, before.from, before.to],
    queryFn: () => load(before),
    enabled: compare,
  });
  return { now, prev, before };
}
