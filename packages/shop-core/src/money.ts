/** Money from the API is a decimal string in the store currency. */
export type Amount = string | number | null | undefined;

const toNumber = (amount: Amount): number => {
  const n = typeof amount === 'string' ? Number.parseFloat(amount) : (amount ?? 0);
  return Number.isFinite(n) ? n : 0;
};

/** `amount` shown in `currency` (en-US grouping); an unknown currency code still shows a number. */
export function money(amount: Amount, currency: string, locale = 'en-US'): string {
  const n = toNumber(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    return `${n.toFixed(2)} ${currency}`;
  }
}

/** Digits after the decimal point in `currency` (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** Decimal strings as integers of minor units, so sums and splits never lose a cent. */
export const toMinor = (amount: Amount, digits = 2) => Math.round(toNumber(amount) * 10 ** digits);
export const fromMinor = (minor: number, digits = 2) => (minor / 10 ** digits).toFixed(digits);

export type PriceDisplay = {
  price: string;
  compareAt: string | null;
  onSale: boolean;
  /** Whole percent saved against the compare-at price, when on sale. */
  savingPercent: number | null;
  /** One sentence for screen readers: "Sale price $8.00, was $10.00". */
  spoken: string;
};

/** A price and its compare-at price as shown on cards and product pages. */
export function priceDisplay(price: Amount, compareAt: Amount, currency: string): PriceDisplay {
  const d = currencyDigits(currency);
  const now = toMinor(price, d);
  const was = compareAt === null || compareAt === undefined || compareAt === '' ? 0 : toMinor(compareAt, d);
  const onSale = was > now && now >= 0;
  const shown = money(price, currency);
  const wasShown = onSale ? money(compareAt, currency) : null;
  return {
    price: shown,
    compareAt: wasShown,
    onSale,
    savingPercent: onSale ? Math.round(((was - now) / was) * 100) : null,
    spoken: onSale ? `Sale price ${shown}, was ${wasShown}` : `Price ${shown}`,
  };
}
