'use client';
// Charts for the reports (recharts). Each bar and point carries its value as a text label, so
// nothing depends on telling colours apart. The drawing is hidden from assistive tech, which reads
// the table under it (every figure, with a caption), so recharts' keyboard layer is off: nothing
// hidden may take focus.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export type ChartPoint = { name: string; value: number; label: string };

const INK = '#1f2937';
const BAR = '#2563eb';

/** Horizontal bars (one per store, product, step…): the names stay readable on a phone. */
export function BarsChart({ title, points }: { title: string; points: ChartPoint[] }) {
  const height = Math.max(120, points.length * 44 + 40);
  return (
    <figure className="chart" aria-label={title}>
      <figcaption className="muted">{title} (chart; the table below has the figures)</figcaption>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={points}
            layout="vertical"
            margin={{ top: 4, right: 96, bottom: 4, left: 8 }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="name" width={130} tick={{ fill: INK, fontSize: 13 }} />
            <Bar dataKey="value" fill={BAR} isAnimationActive={false} maxBarSize={28}>
              <LabelList dataKey="label" position="right" fill={INK} fontSize={13} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** A line over time (days, weeks, months); labels on the points when there are few enough. */
export function TrendChart({
  title,
  points,
  dashedFrom,
}: {
  title: string;
  points: ChartPoint[];
  /** Index from which the line is a forecast: drawn dashed, a second line, not a second colour. */
  dashedFrom?: number;
}) {
  const data = points.map((p, i) => ({
    ...p,
    actual: dashedFrom === undefined || i <= dashedFrom ? p.value : undefined,
    forecast: dashedFrom !== undefined && i >= dashedFrom ? p.value : undefined,
  }));
  const labelled = points.length <= 16;
  return (
    <figure className="chart" aria-label={title}>
      <figcaption className="muted">{title} (chart; the table below has the figures)</figcaption>
      <div aria-hidden="true" style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 24, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fill: INK, fontSize: 12 }} minTickGap={16} />
            <YAxis tick={{ fill: INK, fontSize: 12 }} width={64} />
            <Tooltip />
            <Line dataKey="actual" stroke={BAR} strokeWidth={2} dot isAnimationActive={false} connectNulls>
              {labelled ? <LabelList dataKey="label" position="top" fill={INK} fontSize={12} /> : null}
            </Line>
            {dashedFrom !== undefined ? (
              <Line
                dataKey="forecast"
                stroke={INK}
                strokeDasharray="6 4"
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
                connectNulls
              />
            ) : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
