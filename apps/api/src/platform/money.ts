import { type RawBuilder, sql } from 'kysely';

/**
 * Money is integer minor units inside the platform and a decimal string at the API edge
 * ("19.99"), always with its currency. Rounding is half-up, in minor units.
 */
const minorDigitsCache = new Map<string, number>();

export function minorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/** "19.99" (or 19.99) in USD → 1999. Extra decimals round half-up. */
export function toMinor(amount: string | number, currency: string): number {
  const digits = minorDigits(currency);
  const text = typeof amount === 'number' ? amount.toFixed(Math.max(digits + 2, 4)) : amount.trim();
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`Not a decimal amount: ${text}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const kept = (fraction + '0'.repeat(digits)).slice(0, digits);
  const next = fraction.charAt(digits);
  let minor = Number(whole) * 10 ** digits + Number(kept || '0');
  if (next !== '' && Number(next) >= 5) minor += 1;
  return sign ? -minor : minor;
}

/** 1999 in USD → "19.99". */
export function fromMinor(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minor));
  if (digits === 0) return `${sign}${abs}`;
  const text = String(abs).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * `minorDigits` in SQL, for a currency expression: a look-up in one JSON object of every currency
 * Intl knows whose minor unit is not two digits (the same table `minorDigits` reads), else 2. Not a
 * CASE of 40 branches: PostgreSQL sets up every expression of a statement on each run, and ten such
 * CASEs were a third of a product page's statement (0.2 of its 0.64 ms).
 */
export function minorDigitsSql(currency: RawBuilder<string>): RawBuilder<number> {
  notTwoDigits ??= JSON.stringify(
    Object.fromEntries(
      Intl.supportedValuesOf('currency')
        .filter((c) => /^[A-Z]{3}$/.test(c) && minorDigits(c) !== 2)
        .map((c) => [c, minorDigits(c)]),
    ),
  );
  return sql<number>`coalesce((${sql.lit(notTwoDigits)}::jsonb ->> (${currency}))::int, 2)`;
}
let notTwoDigits: string | undefined;

/** `fromMinor` in SQL: an amount in minor units as decimal text with `digits` decimals. */
export const fromMinorSql = (minor: RawBuilder<unknown>, digits: RawBuilder<number>) =>
  sql<string>`round((${minor})::numeric / power(10::numeric, ${digits}), ${digits})::text`;

/** `toMinor(fromMinor(minor, from), to)` in SQL: minor units of one currency in another's digits. */
export const convertMinorSql = (
  minor: RawBuilder<unknown>,
  fromDigits: RawBuilder<number>,
  toDigits: RawBuilder<number>,
) => sql<number>`round((${minor})::numeric * power(10::numeric, ${toDigits} - ${fromDigits}))`;

/** `amount × percent / 100`, rounded half-up in minor units ("10" means 10 %). */
export function percentOf(minor: number, percent: string | number): number {
  // Percentages carry at most 4 decimals; scaling to integers keeps the product exact.
  const scaled = Math.round(Number(percent) * 10_000);
  return Math.sign(minor * scaled) * Math.round(Math.abs(minor * scaled) / 1_000_000);
}
