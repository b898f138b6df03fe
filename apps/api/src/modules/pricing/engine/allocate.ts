/**
 * Integer arithmetic helpers of the pricing engine: all amounts are minor units, percentages are
 * decimal strings of percent with at most 4 decimals, and every rounding is half-up.
 */

/** Percent string ("8.875") as parts-per-million of the whole (8.875 % → 88_750). */
export function percentPpm(percent: string | number): bigint {
  const text = String(percent).trim();
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(text);
  if (!match) throw new RangeError(`Not a percentage: ${text}`);
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 10_000n + BigInt(`${fraction}0000`.slice(0, 4));
}

/** round_half_up(numerator / denominator) for non-negative bigints. */
export function divHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) return -divHalfUp(-numerator, denominator);
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** `amount × ppm / 1_000_000`, half-up. */
export function applyPpm(amount: number, ppm: bigint): number {
  return Number(divHalfUp(BigInt(amount) * ppm, 1_000_000n));
}

/**
 * Splits `total` over `weights` in proportion, so that the parts add up to `total` exactly
 * (largest remainder). Used to spread an order-level discount over its lines.
 */
export function allocateProportionally(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const T = BigInt(total);
  const S = BigInt(sum);
  const parts = weights.map((w) => (T * BigInt(w)) / S);
  const remainders = weights.map((w, i) => ({ i, r: (T * BigInt(w)) % S }));
  let left = T - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}
