import { z } from 'zod';
import { invalid } from '../../platform/errors.ts';
import { Uuid } from '../../platform/http/schemas.ts';
import { EVENT_TYPES } from './analytics.schema.ts';

const DAY_MS = 86_400_000;
const DateOrTime = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/,
    'must be a date (2026-01-31) or an ISO timestamp',
  )
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a valid date');

/** `?from=&to=` (dates are whole UTC days, `to` inclusive), `interval`, `limit`. */
export const RangeQuery = z.object({
  from: DateOrTime.optional(),
  to: DateOrTime.optional(),
  interval: z.enum(['day', 'week', 'month']).default('day'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type RangeInput = z.output<typeof RangeQuery>;
export const ForecastQuery = RangeQuery.extend({
  horizon: z.coerce.number().int().min(1).max(90).default(7),
});
export type Interval = RangeInput['interval'];

/** A resolved report window: `[from, to)` in UTC. */
export type Range = { from: Date; to: Date; interval: Interval; limit: number };

const isDate = (v: string) => v.length === 10;

/** Resolves the window; defaults to the last 30 days including today. At most 3 years. */
export function resolveRange(q: RangeInput, now = new Date()): Range {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const to = q.to ? Date.parse(q.to) + (isDate(q.to) ? DAY_MS : 0) : today + DAY_MS;
  const from = q.from ? Date.parse(q.from) : to - 30 * DAY_MS;
  if (from >= to)
    throw invalid('`from` must be before `to`', [{ path: 'from', message: 'must be before to' }]);
  if (to - from > 3 * 366 * DAY_MS)
    throw invalid('The range is too long', [{ path: 'from', message: 'at most 3 years' }]);
  return { from: new Date(from), to: new Date(to), interval: q.interval, limit: q.limit };
}

const SessionId = z.string().trim().min(8, 'at least 8 characters').max(200);

export const EventBody = z.strictObject({
  sessionId: SessionId,
  type: z.enum(EVENT_TYPES),
  name: z.string().trim().min(1).max(100).optional(),
  listingId: Uuid.optional(),
  path: z.string().max(2000).optional(),
  query: z.string().trim().max(200).optional(),
  value: z.union([z.string().regex(/^\d{1,12}(\.\d{1,6})?$/), z.number().nonnegative()]).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
/** One event or a batch of up to 50 (a page sends what it gathered). */
export const EventsBody = z.union([EventBody, z.strictObject({ events: z.array(EventBody).min(1).max(50) })]);
export type EventInput = z.output<typeof EventBody>;

const VariantKey = z
  .string()
  .regex(/^[a-z0-9]+([-_][a-z0-9]+)*$/, 'lowercase letters, digits, - and _')
  .max(50);
const Variants = z
  .array(z.strictObject({ key: VariantKey, weight: z.number().int().min(0).max(100) }))
  .min(2)
  .max(10)
  .refine((v) => v.reduce((s, x) => s + x.weight, 0) === 100, 'weights must add up to 100')
  .refine((v) => new Set(v.map((x) => x.key)).size === v.length, 'variant keys must be unique');
const Goal = z.union([z.literal('order'), z.enum(EVENT_TYPES)]);
const Status = z.enum(['DRAFT', 'RUNNING', 'STOPPED']);

export const ExperimentBody = z.strictObject({
  key: VariantKey,
  name: z.string().trim().min(1).max(200),
  status: Status.default('RUNNING'),
  variants: Variants,
  goal: Goal.default('order'),
});
export type ExperimentInput = z.output<typeof ExperimentBody>;
/** Any subset; a new split applies to new sessions only (assignments stick). */
export const ExperimentUpdateBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  status: Status.optional(),
  variants: Variants.optional(),
  goal: Goal.optional(),
});
export type ExperimentUpdate = z.output<typeof ExperimentUpdateBody>;
/** Optional in the schema so that an unknown experiment is 404 before a missing session is 400. */
export const AssignmentQuery = z.object({ sessionId: SessionId.optional() });
