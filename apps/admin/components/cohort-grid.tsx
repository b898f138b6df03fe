'use client';
// Acquisition cohorts: each row the buyers whose first order fell in one period, each column how
// many of them ordered again 1, 2, … periods later. Each cell says its share and count in words;
// the shading only repeats that share, so the grid reads the same without colour.
import type { CustomerCohort, ReportRange } from '@ventory/sdk';
import { lengthInDays, useReport } from '@/lib/analytics';
import type { Column } from '@/lib/csv';
import { useSession } from '@/lib/session';
import { ReportTable } from './report-view';
import { States } from './ui';

type Range = { from: string; to: string };
type Interval = NonNullable<ReportRange['interval']>;

/** Days for a range of two weeks or less, weeks up to about four months, months beyond. */
export const cohortInterval = (r: Range): Interval => {
  const days = lengthInDays(r);
  return days <= 14 ? 'day' : days <= 120 ? 'week' : 'month';
};

const NAMES: Record<Interval, [string, string]> = {
  day: ['Day', 'days'],
  week: ['Week', 'weeks'],
  month: ['Month', 'months'],
};
const share = (c: CustomerCohort, k: number) =>
  c.buyers === 0 ? 0 : Math.round((100 * (c.active[k] ?? 0)) / c.buyers);
const periodName = (iso: string, interval: Interval) =>
  interval === 'month'
    ? iso.slice(0, 7)
    : interval === 'week'
      ? `Week of ${iso.slice(0, 10)}`
      : iso.slice(0, 10);

export function CohortGrid({
  range,
  storeId,
  storeName,
}: {
  range: Range;
  storeId: string;
  storeName: string;
}) {
  const { client } = useSession();
  const interval = cohortInterval(range);
  const r = useReport(['customers', storeId, interval], range, (q) =>
    client.analytics.customers(storeId, { ...q, interval }),
  );
  const [unit, units] = NAMES[interval];
  return (
    <States query={r.now} empty="No first orders in this period." isEmpty={(d) => d.cohorts.length === 0}>
      {(d) => {
        const later = Array.from(
          { length: Math.max(...d.cohorts.map((c) => c.active.length)) - 1 },
          (_, i) => i + 1,
        );
        const columns: Column<CustomerCohort>[] = [
          { label: 'Cohort', kind: 'text', value: (c) => periodName(c.period, interval) },
          { label: 'Buyers', kind: 'count', value: (c) => c.buyers },
          ...later.map((k) => ({
            label: `${unit} +${k}`,
            kind: 'text' as const,
            // A period the cohort has not reached yet is a dash.
            value: (c: CustomerCohort) =>
              c.active[k] === undefined ? null : `${share(c, k)}% (${c.active[k]})`,
          })),
        ];
        return (
          <ReportTable
            caption={`Cohorts of ${storeName}: buyers by the ${unit.toLowerCase()} of their first order, and how many ordered again ${units} later`}
            columns={columns}
            rows={d.cohorts}
            filename={`cohorts-${range.from}-to-${range.to}.csv`}
            cellStyle={(c, j) =>
              j < 2 || c.active[j - 1] === undefined
                ? undefined
                : { backgroundColor: `rgb(37 99 235 / ${(share(c, j - 1) / 100) * 0.35})` }
            }
          />
        );
      }}
    </States>
  );
}
