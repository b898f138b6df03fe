'use client';
// The rule builder of a new segment: rule rows (field, operator, a value input typed by field),
// ALL or ANY, and the live member count from the API's preview, asked for 400 ms after an edit.
import { useState } from 'react';
import { useDebounced } from '@/lib/debounce';
import { type SegmentRules, useSegmentPreview, useSegments } from '@/lib/segments';
import { Select } from './settings-ui';
import { Field, fieldErrors, message } from './ui';

type Kind = 'money' | 'count' | 'days' | 'text' | 'yesno';
type RuleField = Exclude<keyof SegmentRules, 'match' | 'boughtFromCategory'>;
/** The API's whitelist: each field has one operator, so the operator is shown, not chosen. */
const FIELDS: Record<RuleField, { label: string; operator: string; kind: Kind }> = {
  totalSpentAtLeast: { label: 'Total spent', operator: 'is at least', kind: 'money' },
  orderCountAtLeast: { label: 'Order count', operator: 'is at least', kind: 'count' },
  noOrderInDays: { label: 'Last order', operator: 'not within (days)', kind: 'days' },
  hasTag: { label: 'Tag', operator: 'includes', kind: 'text' },
  marketingConsent: { label: 'Accepts marketing', operator: 'is', kind: 'yesno' },
};
const ORDER = Object.keys(FIELDS) as RuleField[];
type Row = { key: number; field: RuleField; value: string };

/** The rows as the API's rule object; a blank value leaves its rule out until it is filled. */
export function toRules(rows: Row[], match: 'all' | 'any'): SegmentRules {
  const rules: SegmentRules = match === 'any' ? { match } : {};
  for (const r of rows) {
    const v = r.value.trim();
    if (v === '') continue;
    const kind = FIELDS[r.field].kind;
    if (kind === 'yesno') rules.marketingConsent = v === 'yes';
    else if (kind === 'count' || kind === 'days')
      Object.assign(rules, { [r.field]: Number.isFinite(Number(v)) ? Number(v) : v });
    else Object.assign(rules, { [r.field]: v });
  }
  return rules;
}

export function SegmentBuilder({ storeId, onSaved }: { storeId: string; onSaved: (id: string) => void }) {
  const { create } = useSegments(storeId);
  const [rows, setRows] = useState<Row[]>([{ key: 1, field: 'totalSpentAtLeast', value: '' }]);
  const [match, setMatch] = useState<'all' | 'any'>('all');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  const rules = useDebounced(JSON.stringify(toRules(rows, match)), 400);
  const preview = useSegmentPreview(storeId, JSON.parse(rules) as SegmentRules);
  const previewErrors = fieldErrors(preview.error);
  const unused = ORDER.filter((f) => !rows.some((r) => r.field === f));
  const set = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const err = (field: RuleField) => errors[`rules.${field}`] ?? previewErrors[`rules.${field}`];
  return (
    <form
      className="panel"
      aria-labelledby="segment-new-h"
      onSubmit={async (e) => {
        e.preventDefault();
        setErrors({});
        setSaved('');
        try {
          const s = await create.mutateAsync({ name, rules: toRules(rows, match) });
          setSaved(`Saved ${s.name}.`);
          onSaved(s.id);
        } catch (error) {
          setErrors({ ...fieldErrors(error), form: message(error) });
        }
      }}
    >
      <h3 id="segment-new-h">New segment</h3>
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
          <li key={r.key} className="segment-rule" aria-label={`Rule ${i + 1}`}>
            <Select
              label={`Rule ${i + 1} field`}
              value={r.field}
              onChange={(e) => set(r.key, { field: e.target.value as RuleField, value: '' })}
            >
              {ORDER.filter((f) => f === r.field || unused.includes(f)).map((f) => (
                <option key={f} value={f}>
                  {FIELDS[f].label}
                </option>
              ))}
            </Select>
            <div className="field">
              <span className="segment-op">
                <span className="visually-hidden">Operator: </span>
                {FIELDS[r.field].operator}
              </span>
            </div>
            <RuleValue n={i + 1} row={r} error={err(r.field)} onChange={(value) => set(r.key, { value })} />
            <div className="field">
              <button
                type="button"
                aria-label={`Remove rule ${i + 1}`}
                onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          disabled={unused.length === 0}
          onClick={() =>
            setRows([
              ...rows,
              { key: Math.max(0, ...rows.map((r) => r.key)) + 1, field: unused[0] as RuleField, value: '' },
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
      {errors.form ? (
        <p role="alert" className="error">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={create.isPending}>
        Save segment
      </button>
      <p role="status" className="muted">
        {saved}
      </p>
    </form>
  );
}

function RuleValue({
  n,
  row,
  error,
  onChange,
}: {
  n: number;
  row: Row;
  error?: string;
  onChange: (v: string) => void;
}) {
  const kind = FIELDS[row.field].kind;
  const label = `Rule ${n} value`;
  if (kind === 'yesno')
    return (
      <Select label={label} value={row.value} error={error} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
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
