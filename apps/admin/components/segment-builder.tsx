'use client';
// The rule builder of a segment, new or being edited: rule rows (field, operator, a value input
// typed by field), ALL or ANY, and the live member count from the API's preview, asked for 400 ms
// after an edit.
import { useState } from 'react';
import { useDebounced } from '@/lib/debounce';
import { type Segment, type SegmentRules, useSegmentPreview } from '@/lib/segments';
import { FormFooter, FormHeading, Select, useSave } from './settings-ui';
import { Field, fieldErrors } from './ui';

type Kind = 'money' | 'count' | 'days' | 'text' | 'yesno' | 'category';
export type RuleKey = Exclude<keyof SegmentRules, 'match'>;
type Option = { id: string; name: string };

/** Each rule the API takes is one field with one operator; the builder offers them as two choices. */
export const RULES: Record<RuleKey, { field: string; operator: string; kind: Kind }> = {
  totalSpentAtLeast: { field: 'Total spent', operator: 'is at least', kind: 'money' },
  totalSpentAtMost: { field: 'Total spent', operator: 'is at most', kind: 'money' },
  orderCountAtLeast: { field: 'Order count', operator: 'is at least', kind: 'count' },
  orderCountAtMost: { field: 'Order count', operator: 'is at most', kind: 'count' },
  orderedWithinDays: { field: 'Last order', operator: 'within (days)', kind: 'days' },
  noOrderInDays: { field: 'Last order', operator: 'not within (days)', kind: 'days' },
  hasTag: { field: 'Tag', operator: 'includes', kind: 'text' },
  lacksTag: { field: 'Tag', operator: 'does not include', kind: 'text' },
  boughtFromCategory: { field: 'Bought from category', operator: 'is', kind: 'category' },
  marketingConsent: { field: 'Accepts marketing', operator: 'is', kind: 'yesno' },
};
const KEYS = Object.keys(RULES) as RuleKey[];
const FIELDS = [...new Set(KEYS.map((k) => RULES[k].field))];
type Row = { key: number; rule: RuleKey; value: string };

/** The rows as the API's rule object; a blank value leaves its rule out until it is filled. */
export function toRules(rows: Row[], match: 'all' | 'any'): SegmentRules {
  const rules: Record<string, unknown> = match === 'any' ? { match } : {};
  for (const r of rows) {
    const v = r.value.trim();
    if (v === '') continue;
    const kind = RULES[r.rule].kind;
    if (kind === 'yesno') rules[r.rule] = v === 'yes';
    else if (kind === 'count' || kind === 'days') rules[r.rule] = Number.isFinite(Number(v)) ? Number(v) : v;
    else rules[r.rule] = v;
  }
  return rules as SegmentRules;
}

/** A saved segment's rules as rows, so that editing starts from what is stored. */
function toRows(rules: SegmentRules): Row[] {
  const rows = KEYS.filter((k) => rules[k] !== undefined).map((rule, i) => {
    const v = rules[rule];
    return { key: i + 1, rule, value: typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v) };
  });
  return rows.length ? rows : [{ key: 1, rule: 'totalSpentAtLeast', value: '' }];
}

export function SegmentBuilder({
  storeId,
  segment,
  categories,
  onSave,
  onCancel,
}: {
  storeId: string;
  segment: Segment | null;
  categories: Option[];
  onSave: (input: { name: string; rules: SegmentRules }) => Promise<void>;
  onCancel: () => void;
}) {
  const [rows, setRows] = useState<Row[]>(() => toRows(segment?.rules ?? {}));
  const [match, setMatch] = useState<'all' | 'any'>(segment?.rules.match ?? 'all');
  const [name, setName] = useState(segment?.name ?? '');
  const { errors, busy, run } = useSave(onSave);
  const rules = useDebounced(JSON.stringify(toRules(rows, match)), 400);
  const preview = useSegmentPreview(storeId, JSON.parse(rules) as SegmentRules);
  const previewErrors = fieldErrors(preview.error);
  const unused = KEYS.filter((k) => !rows.some((r) => r.rule === k));
  const set = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const err = (rule: RuleKey) => errors[`rules.${rule}`] ?? previewErrors[`rules.${rule}`];
  return (
    <form
      className="panel"
      aria-labelledby="segment-form-h"
      onSubmit={(e) => {
        e.preventDefault();
        run({ name, rules: toRules(rows, match) });
      }}
    >
      <FormHeading id="segment-form-h" editing={!!segment}>
        {segment ? `Edit segment ${segment.name}` : 'New segment'}
      </FormHeading>
      <Field
        label="Segment name"
        name="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <fieldset className="segment-match">
        <legend>Customers must match</legend>
        {(['all', 'any'] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="match" value={m} checked={match === m} onChange={() => setMatch(m)} />{' '}
            {m === 'all' ? 'All rules' : 'Any rule'}
          </label>
        ))}
      </fieldset>
      <ol className="segment-rules">
        {rows.map((r, i) => (
          <RuleRow
            key={r.key}
            n={i + 1}
            row={r}
            free={unused}
            categories={categories}
            error={err(r.rule)}
            onChange={(patch) => set(r.key, patch)}
            onRemove={() => setRows(rows.filter((x) => x.key !== r.key))}
          />
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          disabled={unused.length === 0}
          onClick={() =>
            setRows([
              ...rows,
              { key: Math.max(0, ...rows.map((r) => r.key)) + 1, rule: unused[0] as RuleKey, value: '' },
            ])
          }
        >
          Add rule
        </button>
      </div>
      <p aria-live="polite" className="segment-count" data-testid="segment-live-count">
        {preview.isPending
          ? 'Counting…'
          : preview.error
            ? 'Fix the rules to see who matches.'
            : `${preview.data?.count ?? 0} ${preview.data?.count === 1 ? 'customer matches' : 'customers match'}`}
      </p>
      <FormFooter noun="segment" editing={!!segment} busy={busy} error={errors.form} onCancel={onCancel} />
    </form>
  );
}

/** One rule: its field, then the operators of that field that are not used by another row. */
function RuleRow({
  n,
  row,
  free,
  categories,
  error,
  onChange,
  onRemove,
}: {
  n: number;
  row: Row;
  free: RuleKey[];
  categories: Option[];
  error?: string;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const field = RULES[row.rule].field;
  const open = (k: RuleKey) => k === row.rule || free.includes(k);
  const operators = KEYS.filter((k) => RULES[k].field === field && open(k));
  return (
    <li className="segment-rule" aria-label={`Rule ${n}`}>
      <Select
        label={`Rule ${n} field`}
        value={field}
        onChange={(e) => {
          const next = KEYS.find((k) => RULES[k].field === e.target.value && open(k));
          if (next) onChange({ rule: next, value: '' });
        }}
      >
        {FIELDS.filter((f) => KEYS.some((k) => RULES[k].field === f && open(k))).map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </Select>
      <Select
        label={`Rule ${n} operator`}
        value={row.rule}
        onChange={(e) => onChange({ rule: e.target.value as RuleKey })}
      >
        {operators.map((k) => (
          <option key={k} value={k}>
            {RULES[k].operator}
          </option>
        ))}
      </Select>
      <RuleValue
        n={n}
        row={row}
        categories={categories}
        error={error}
        onChange={(value) => onChange({ value })}
      />
      <div className="field">
        <button type="button" aria-label={`Remove rule ${n}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

function RuleValue({
  n,
  row,
  categories,
  error,
  onChange,
}: {
  n: number;
  row: Row;
  categories: Option[];
  error?: string;
  onChange: (v: string) => void;
}) {
  const kind = RULES[row.rule].kind;
  const label = `Rule ${n} value`;
  if (kind === 'yesno' || kind === 'category')
    return (
      <Select label={label} value={row.value} error={error} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {kind === 'yesno' ? (
          <>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </>
        ) : (
          categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))
        )}
      </Select>
    );
  return (
    <Field
      label={label}
      name={`rule-${n}`}
      value={row.value}
      error={error}
      inputMode={kind === 'text' ? undefined : kind === 'money' ? 'decimal' : 'numeric'}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
