import { z } from 'zod';

/** Schemas shared by every module's validators: ids, money, paging. */
export const Uuid = z.uuid({ message: 'must be a UUID' });
export const IdParams = z.object({ id: Uuid });
export const StoreParams = z.object({ storeId: Uuid });
export const StoreIdParams = z.object({ storeId: Uuid, id: Uuid });

/** Money input: a decimal string or a number, never negative; kept as a canonical decimal string. */
export const Money = z
  .union([
    z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, 'must be a decimal amount like "19.99"'),
    z.number().finite(),
  ])
  .refine((v) => Number(v) >= 0, 'must not be negative')
  .transform((v) => (typeof v === 'number' ? String(v) : v));

/** A percentage as a decimal string of percent ("10" = 10 %). */
export const Percent = z
  .union([z.string().regex(/^-?\d{1,6}(\.\d{1,4})?$/, 'must be a percentage like "10"'), z.number().finite()])
  .transform((v) => String(v));

/** Positive whole quantities: 0, -1, 1.5 and "abc" are rejected. */
export const Quantity = z.number().int('must be a whole number').positive('must be positive').max(1_000_000);

export const Hostname = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
    'must be a hostname',
  );

/**
 * A link a shopper may follow: a path on the store (`/pages/about`; not `//host` nor `/\host`,
 * which browsers treat as another site) or an absolute http(s) URL. Nothing else (`javascript:`,
 * `data:`), so a stored link can never run script. `what` names the path in the error message.
 */
export const safeLink = (max: number, what = 'a path starting with /') =>
  z
    .string()
    .trim()
    .max(max)
    .refine(
      (v) => /^\/(?![/\\])[^\s\\]*$/.test(v) || /^https?:\/\/[^\s/?#\\]+[^\s\\]*$/i.test(v),
      `must be ${what} or an http(s) URL`,
    );

export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens')
  .max(120);

/** `?limit=&offset=&sort=&q=` for list endpoints; `sortable` lists the fields a list may sort by. */
export function listQuery<const F extends string>(sortable: readonly F[]) {
  const sortValues = sortable.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    sort: z.enum(sortValues).optional(),
    q: z.string().trim().max(200).optional(),
  });
}
export type ListQuery = { limit: number; offset: number; sort?: string; q?: string };

export type ListEnvelope<T> = { data: T[]; total: number; limit: number; offset: number };
export const listEnvelope = <T>(
  data: T[],
  total: number,
  q: { limit: number; offset: number },
): ListEnvelope<T> => ({
  data,
  total,
  limit: q.limit,
  offset: q.offset,
});

/** Splits `-field` into a column and a direction. */
export function parseSort<F extends string>(
  sort: string | undefined,
  fallback: F,
): { field: F; direction: 'asc' | 'desc' } {
  if (!sort) return { field: fallback, direction: 'asc' };
  return sort.startsWith('-')
    ? { field: sort.slice(1) as F, direction: 'desc' }
    : { field: sort as F, direction: 'asc' };
}

/** A title in lowercase ASCII with hyphens: "Copper Kettle" → "copper-kettle". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** `%text%` for ILIKE, with the pattern characters in `text` escaped (a search for "50%" is literal). */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A parsed update body whose every field is absent: `{}`, or only keys the schema strips. */
export function setsNoField(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  return Object.values(body).every((value) => value === undefined);
}

/** The response schema of a `listEnvelope` of `item`s (for route `response:` fields). */
export const ListEnvelopeOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    data: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

/**
 * Compile-time proof that a DTO type fits a response schema key for key (`true`, else `false`):
 * `type _ = Expect<Fits<ListingDto, typeof ListingResponse>>` fails to type-check when they drift.
 */
export type Fits<Dto, S extends z.ZodType> = [Dto] extends [z.output<S>]
  ? [keyof Dto] extends [keyof z.output<S>]
    ? [keyof z.output<S>] extends [keyof Dto]
      ? true
      : false
    : false
  : false;
export type Expect<T extends true> = T;

/** Response fields: a date-time as the wire carries it (ISO 8601 string). */
export const DateTimeOut = z.iso.datetime();
/** Response fields: an amount as a decimal string in its currency ("19.99", "-5.00", "1200"). */
export const MoneyOut = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('A decimal amount in the currency given alongside, e.g. "19.99"');
