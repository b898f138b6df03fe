// CSV of a report, built from the same rows and columns as its table: money to the cent (rounded
// half up on the decimal string, never through a float), rates as percentages with one decimal.
export type CellKind = 'text' | 'count' | 'money' | 'rate' | 'number';
export type Column<R> = { label: string; kind: CellKind; value: (row: R) => string | number | null };

/** A decimal string or number to exactly two decimals ("12.345" → "12.35", "-0.5" → "-0.50"). */
export function toCents(amount: string | number): string {
  const text = typeof amount === 'number' ? amount.toFixed(6) : amount.trim();
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return text;
  const [, sign, whole = '', fraction = ''] = m;
  let cents = BigInt(`${whole || '0'}${fraction.padEnd(3, '0').slice(0, 2)}`);
  if (Number(fraction[2] ?? '0') >= 5) cents += 1n;
  const digits = cents.toString().padStart(3, '0');
  const out = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return sign && cents !== 0n ? `-${out}` : out;
}

/** A cell as plain text for the CSV (and the base of the table's text). */
export function cellText(kind: CellKind, v: string | number | null): string {
  if (v === null || v === undefined) return '';
  if (kind === 'money') return toCents(v);
  if (kind === 'rate') return `${(Number(v) * 100).toFixed(1)} %`;
  return String(v);
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
const defuse = (s: string) => (/^[=+\-@\t\r]/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s);
const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** RFC 4180 text: a header row, then one row per record, CRLF line ends. */
export function toCsv<R>(columns: Column<R>[], rows: R[]): string {
  const lines = [columns.map((c) => quote(c.label))];
  for (const r of rows) lines.push(columns.map((c) => quote(defuse(cellText(c.kind, c.value(r))))));
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** Saves `text` as a file through a temporary link. */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
