/**
 * Two-proportion z-test (pooled), two-sided: is the conversion rate of `b` different from `a`'s?
 * Pure arithmetic; `null` when either group is empty or nobody/everybody converted (no variance).
 */
export type ZTest = { z: number; pValue: number; significant: boolean; uplift: number | null };

export function twoProportionZTest(
  a: { n: number; x: number },
  b: { n: number; x: number },
  alpha = 0.05,
): ZTest | null {
  if (a.n === 0 || b.n === 0) return null;
  const pa = a.x / a.n;
  const pb = b.x / b.n;
  const pooled = (a.x + b.x) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return null;
  const z = (pb - pa) / se;
  const pValue = 2 * (1 - normalCdf(Math.abs(z)));
  return {
    z: round(z, 4),
    pValue: round(pValue, 4),
    significant: pValue < alpha,
    uplift: pa === 0 ? null : round((pb - pa) / pa, 4),
  };
}

/**
 * The 95 % Wilson score interval of a conversion rate (`x` of `n`): unlike the normal
 * approximation it stays inside [0, 1] and behaves for small samples and rates near 0 or 1.
 */
export function wilsonInterval(n: number, x: number, zScore = 1.96): { low: number; high: number } | null {
  if (n === 0) return null;
  const p = x / n;
  const z2 = zScore * zScore;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (zScore * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: round(Math.max(0, centre - half), 4), high: round(Math.min(1, centre + half), 4) };
}

/** Standard normal CDF via the Abramowitz–Stegun erf approximation (error < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** `part / whole` to 4 decimals, 0 when the whole is 0. */
export const ratio = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole, 4));
