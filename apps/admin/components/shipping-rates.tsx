'use client';
// The two shipping rate types that need more than one price: WEIGHT (bands, the first band the
// cart's weight fits sets the price) and CUSTOM (rules on subtotal, weight and item count, the first
// rule that matches sets the price). Rows are edited here and sent as `settings.bands`/`settings.rules`.
import type { CustomRule, WeightBand } from '@/lib/settings';
import { Field } from './ui';

let lastKey = 0;
const nextKey = () => {
  lastKey += 1;
  return lastKey;
};

const blankOr = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));
const intOrNull = (v: string) => (v.trim() === '' ? null : Number(v));
const amountOrNull = (v: string) => (v.trim() === '' ? null : v.trim());

export type BandRow = { key: number; upToGrams: string; price: string };
export const bandRows = (bands: WeightBand[] | undefined): BandRow[] =>
  (bands ?? []).map((b) => ({ key: nextKey(), upToGrams: blankOr(b.upToGrams), price: blankOr(b.price) }));
export const bandsInput = (rows: BandRow[]): WeightBand[] =>
  rows.map((r) => ({ upToGrams: intOrNull(r.upToGrams), price: r.price.trim() }));

const RULE_FIELDS = [
  ['minSubtotal', 'Minimum subtotal', 'amount'],
  ['maxSubtotal', 'Maximum subtotal', 'amount'],
  ['minWeightGrams', 'Minimum weight (grams)', 'int'],
  ['maxWeightGrams', 'Maximum weight (grams)', 'int'],
  ['minItems', 'Minimum items', 'int'],
  ['maxItems', 'Maximum items', 'int'],
] as const;
type RuleKey = (typeof RULE_FIELDS)[number][0];
export type RuleRow = { key: number; price: string } & Record<RuleKey, string>;

export const ruleRows = (rules: CustomRule[] | undefined): RuleRow[] =>
  (rules ?? []).map((r) => ({
    key: nextKey(),
    price: blankOr(r.price),
    ...(Object.fromEntries(RULE_FIELDS.map(([k]) => [k, blankOr(r[k])])) as Record<RuleKey, string>),
  }));
export const rulesInput = (rows: RuleRow[]): CustomRule[] =>
  rows.map((r) => ({
    minSubtotal: amountOrNull(r.minSubtotal),
    maxSubtotal: amountOrNull(r.maxSubtotal),
    minWeightGrams: intOrNull(r.minWeightGrams),
    maxWeightGrams: intOrNull(r.maxWeightGrams),
    minItems: intOrNull(r.minItems),
    maxItems: intOrNull(r.maxItems),
    price: r.price.trim(),
  }));

type EditorProps<R> = { rows: R[]; onChange: (rows: R[]) => void; errors: Record<string, string> };

/** WEIGHT: one row per band, up to a weight (empty: no upper limit) at a price. */
export function BandsEditor({ rows, onChange, errors }: EditorProps<BandRow>) {
  const set = (i: number, patch: Partial<BandRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="subform">
      <legend>Weight bands</legend>
      <p className="muted">
        The first band the cart's weight fits sets the price. Leave the weight of the last band empty to cover
        everything heavier.
      </p>
      {rows.map((r, i) => (
        <div className="row" key={r.key}>
          <Field
            label={`Band ${i + 1}: up to (grams)`}
            name={`band-${i}-upToGrams`}
            type="number"
            min={0}
            step={1}
            value={r.upToGrams}
            onChange={(e) => set(i, { upToGrams: e.target.value })}
            error={errors[`settings.bands.${i}.upToGrams`]}
          />
          <Field
            label={`Band ${i + 1}: price`}
            name={`band-${i}-price`}
            inputMode="decimal"
            required
            value={r.price}
            onChange={(e) => set(i, { price: e.target.value })}
            error={errors[`settings.bands.${i}.price`]}
          />
          <div className="field">
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove band {i + 1}
            </button>
          </div>
        </div>
      ))}
      {errors['settings.bands'] ? <p className="field-error">{errors['settings.bands']}</p> : null}
      <button type="button" onClick={() => onChange([...rows, { key: nextKey(), upToGrams: '', price: '' }])}>
        Add a weight band
      </button>
    </fieldset>
  );
}

/** CUSTOM: one group per rule; every limit is optional, the price is not. */
export function RulesEditor({ rows, onChange, errors }: EditorProps<RuleRow>) {
  const set = (i: number, patch: Partial<RuleRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const blank = (): RuleRow => ({
    key: nextKey(),
    price: '',
    ...(Object.fromEntries(RULE_FIELDS.map(([k]) => [k, ''])) as Record<RuleKey, string>),
  });
  return (
    <fieldset className="subform">
      <legend>Custom rules</legend>
      <p className="muted">
        The first rule whose limits the cart meets sets the price; empty limits do not apply.
      </p>
      {rows.map((r, i) => (
        <fieldset key={r.key} className="subform">
          <legend>Rule {i + 1}</legend>
          <div className="grid2">
            {RULE_FIELDS.map(([k, label, kind]) => (
              <Field
                key={k}
                label={label}
                name={`rule-${i}-${k}`}
                {...(kind === 'int'
                  ? { type: 'number', min: 0, step: 1 }
                  : { inputMode: 'decimal' as const })}
                value={r[k]}
                onChange={(e) => set(i, { [k]: e.target.value })}
                error={errors[`settings.rules.${i}.${k}`]}
              />
            ))}
            <Field
              label="Price"
              name={`rule-${i}-price`}
              inputMode="decimal"
              required
              value={r.price}
              onChange={(e) => set(i, { price: e.target.value })}
              error={errors[`settings.rules.${i}.price`]}
            />
          </div>
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove rule {i + 1}
          </button>
        </fieldset>
      ))}
      {errors['settings.rules'] ? <p className="field-error">{errors['settings.rules']}</p> : null}
      <button type="button" onClick={() => onChange([...rows, blank()])}>
        Add a rule
      </button>
    </fieldset>
  );
}
