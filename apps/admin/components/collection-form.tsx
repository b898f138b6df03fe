'use client';
// A collection's form: manual (hand-picked listings) or rule-based (tag, price, category, title,
// promoted; all or any must match).
import { useId, useState } from 'react';
import { type CollectionFull, type Listing, type Rule, useRulesPreview } from '@/lib/catalog';
import { FormFooter, FormHeading, Select, TextArea, useSave } from './settings-ui';
import { Field, message } from './ui';

const FIELDS: { value: Rule['field']; label: string; ops: string[] }[] = [
  { value: 'tag', label: 'Tag', ops: ['eq', 'contains'] },
  { value: 'title', label: 'Title', ops: ['contains', 'eq'] },
  { value: 'price', label: 'Price', ops: ['lt', 'lte', 'gt', 'gte', 'eq'] },
  { value: 'category', label: 'Category (slug)', ops: ['eq'] },
  { value: 'promoted', label: 'Promoted', ops: ['eq'] },
];
const OPS: Record<string, string> = {
  eq: 'is',
  contains: 'contains',
  lt: 'is below',
  lte: 'is at most',
  gt: 'is above',
  gte: 'is at least',
};
export const ruleText = (r: Rule) =>
  `${FIELDS.find((f) => f.value === r.field)?.label ?? r.field} ${OPS[r.op] ?? r.op} ${r.value}`;

function RuleRow({
  rule,
  n,
  error,
  onChange,
  onRemove,
}: {
  rule: Rule;
  n: number;
  error?: string;
  onChange: (r: Rule) => void;
  onRemove: () => void;
}) {
  const ops = FIELDS.find((f) => f.value === rule.field)?.ops ?? ['eq'];
  return (
    <fieldset className="rule">
      <legend>Rule {n}</legend>
      <div className="row">
        <Select
          label="Field"
          value={rule.field}
          onChange={(e) => {
            const field = e.target.value as Rule['field'];
            const first = FIELDS.find((f) => f.value === field)?.ops[0] ?? 'eq';
            onChange({ field, op: first, value: field === 'promoted' ? 'true' : rule.value });
          }}
        >
          {FIELDS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </Select>
        <Select label="Condition" value={rule.op} onChange={(e) => onChange({ ...rule, op: e.target.value })}>
          {ops.map((o) => (
            <option key={o} value={o}>
              {OPS[o]}
            </option>
          ))}
        </Select>
        {rule.field === 'promoted' ? (
          <Select
            label="Value"
            value={rule.value}
            onChange={(e) => onChange({ ...rule, value: e.target.value })}
          >
            <option value="true">Yes</option>
            <option value="false">No</option>
          </Select>
        ) : (
          <Field
            label="Value"
            name={`rule-${n}`}
            value={rule.value}
            required
            error={error}
            onChange={(e) => onChange({ ...rule, value: e.target.value })}
          />
        )}
        <div className="field">
          <button type="button" aria-label={`Remove rule ${n}`} onClick={onRemove}>
            Remove
          </button>
        </div>
      </div>
    </fieldset>
  );
}

export type CollectionInput = Record<string, unknown>;

/** "3 products match: …", as the rules are edited (shoppers' view: visible listings only). */
function RuleMatches({ storeId, match, rules }: { storeId: string; match: string; rules: Rule[] }) {
  const preview = useRulesPreview(storeId, match, rules);
  const text = preview.isError
    ? `Cannot count yet: ${message(preview.error)}`
    : !preview.data
      ? 'Counting matching products…'
      : preview.data.count === 0
        ? 'No products match these rules yet.'
        : `${preview.data.count} ${preview.data.count === 1 ? 'product matches' : 'products match'}: ${preview.data.sample.map((l) => l.title).join(', ')}${preview.data.count > preview.data.sample.length ? ', …' : ''}`;
  return (
    <p className="rule-matches" role="status" aria-live="polite" data-testid="rule-matches">
      {text}
    </p>
  );
}

export function CollectionForm({
  storeId,
  collection,
  listings,
  onSave,
  onCancel,
}: {
  storeId: string;
  collection?: CollectionFull;
  listings: Listing[];
  onSave: (input: CollectionInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const h = useId();
  const [kind, setKind] = useState(collection?.kind ?? 'RULE');
  const [rules, setRules] = useState<Rule[]>(collection?.rules ?? [{ field: 'tag', op: 'eq', value: '' }]);
  const [match, setMatch] = useState(collection?.match ?? 'ALL');
  const { errors, busy, run } = useSave(onSave);
  return (
    <form
      className="panel collection-form"
      aria-labelledby={h}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        run({
          title: String(f.get('title') ?? ''),
          description: String(f.get('description') ?? '').trim() || null,
          kind,
          isVisible: f.get('isVisible') === 'on',
          isFeatured: f.get('isFeatured') === 'on',
          ...(kind === 'RULE' ? { rules, match } : { listingIds: f.getAll('listingIds').map(String) }),
        });
      }}
    >
      <FormHeading id={h} editing={!!collection}>
        {collection ? `Edit collection ${collection.title}` : 'New collection'}
      </FormHeading>
      <div className="grid2">
        <Field
          label="Title"
          name="title"
          required
          defaultValue={collection?.title}
          error={errors.title ?? errors.slug}
        />
        <Select label="Kind" value={kind} onChange={(e) => setKind(e.target.value as 'RULE' | 'MANUAL')}>
          <option value="RULE">Rule-based: products that match rules</option>
          <option value="MANUAL">Manual: products you pick</option>
        </Select>
      </div>
      <TextArea label="Description" name="description" defaultValue={collection?.description ?? ''} />
      <div className="row">
        <label className="check">
          <input type="checkbox" name="isVisible" defaultChecked={collection?.isVisible ?? true} />
          Visible to shoppers
        </label>
        <label className="check">
          <input type="checkbox" name="isFeatured" defaultChecked={collection?.isFeatured ?? false} />
          Featured
        </label>
      </div>
      {kind === 'RULE' ? (
        <>
          <Select
            label="Products must match"
            value={match}
            onChange={(e) => setMatch(e.target.value as 'ALL' | 'ANY')}
          >
            <option value="ALL">All rules</option>
            <option value="ANY">Any rule</option>
          </Select>
          {rules.map((r, i) => (
            <RuleRow
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; their place is their identity.
              key={i}
              rule={r}
              n={i + 1}
              error={errors[`rules.${i}.value`]}
              onChange={(next) => setRules((all) => all.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setRules((all) => all.filter((_, j) => j !== i))}
            />
          ))}
          <button
            type="button"
            className="add-rule"
            onClick={() => setRules((all) => [...all, { field: 'tag', op: 'eq', value: '' }])}
          >
            Add rule
          </button>
          <RuleMatches storeId={storeId} match={match} rules={rules} />
        </>
      ) : (
        <fieldset>
          <legend>Products in this collection</legend>
          {listings.length === 0 ? <p className="muted">No listings in this store yet.</p> : null}
          {listings.map((l) => (
            <label className="check pick" key={l.id}>
              <input
                type="checkbox"
                name="listingIds"
                value={l.id}
                defaultChecked={collection?.listingIds.includes(l.id)}
              />
              {l.title}
            </label>
          ))}
        </fieldset>
      )}
      <FormFooter
        noun="collection"
        editing={!!collection}
        busy={busy}
        error={errors.form}
        onCancel={onCancel}
      />
    </form>
  );
}
