// The orders list's date range as the URL holds it (so a view keeps it) and as the API wants it.
// The URL holds the merchant's calendar days (`createdFrom`/`createdTo`, YYYY-MM-DD) or a quick
// choice (`created=today|7d|30d`) that stays relative: a saved "Last 7 days" view is always the
// last seven days. The API gets the browser's local day boundaries as instants, `[from, to)`.

export const DATE_PRESETS = [
  { key: 'today', label: 'Today', days: 1 },
  { key: '7d', label: 'Last 7 days', days: 7 },
  { key: '30d', label: 'Last 30 days', days: 30 },
] as const;
export type DatePreset = (typeof DATE_PRESETS)[number]['key'];

/** URL parameters of the date range. */
export const DATE_PARAMS = ['created', 'createdFrom', 'createdTo'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as `<input type="date">` writes it. */
export const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local midnight of a YYYY-MM-DD day, `offset` days later; null for anything else. */
function midnight(day: string, offset = 0): Date | null {
  if (!DAY.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(y, m - 1, d + offset);
  return dayOf(new Date(y, m - 1, d)) === day ? at : null;
}

/** The days the URL's range covers (a quick choice resolved against `now`), as the inputs show them. */
export function rangeDays(params: URLSearchParams, now = new Date()): { from: string; to: string } {
  const preset = DATE_PRESETS.find((p) => p.key === params.get('created'));
  if (preset) {
    const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (preset.days - 1));
    return { from: dayOf(first), to: dayOf(now) };
  }
  return { from: params.get('createdFrom') ?? '', to: params.get('createdTo') ?? '' };
}

/**
 * The API's `createdFrom`/`createdTo` for the range: local midnight of the first day, and local
 * midnight after the last day (exclusive). A malformed day is passed through as typed, so the API
 * refuses it and names the field.
 */
export function apiRange(params: URLSearchParams, now = new Date()): Record<string, string> {
  const { from, to } = rangeDays(params, now);
  const out: Record<string, string> = {};
  if (from) out.createdFrom = midnight(from)?.toISOString() ?? from;
  if (to) out.createdTo = midnight(to, 1)?.toISOString() ?? to;
  return out;
}
