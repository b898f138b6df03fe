'use client';
// The bulk action bar of the listings table: one change for every selected listing, previewed in a
// dialog ("3 listings: price −10 %") and applied all or nothing by the API.
import { useId, useRef, useState } from 'react';
import { Field, fieldErrors, message } from '@/components/ui';
import { type BulkListingAction, describeAction, listingCount, useBulkEdit } from '@/lib/bulk-edit';
import type { Listing } from '@/lib/catalog';

type Kind = BulkListingAction['type'];
const KINDS: [Kind, string][] = [
  ['adjustPrice', 'Change the price by a percentage'],
  ['setPrice', 'Set one price'],
  ['setVisibility', 'Show or hide'],
  ['addToCategory', 'Add to a category'],
  ['removeFromCategory', 'Remove from a category'],
];

type Draft = {
  kind: Kind;
  percent: string;
  direction: 'lower' | 'raise';
  amount: string;
  compareAt: 'keep' | 'clear';
  visible: 'true' | 'false';
  categoryId: string;
};

function toAction(d: Draft): BulkListingAction {
  switch (d.kind) {
    case 'adjustPrice':
      return {
        type: 'adjustPrice',
        percent: `${d.direction === 'lower' ? '-' : ''}${d.percent.trim()}`,
        compareAt: d.compareAt,
      };
    case 'setPrice':
      return { type: 'setPrice', amount: d.amount.trim(), compareAt: d.compareAt };
    case 'setVisibility':
      return { type: 'setVisibility', isVisible: d.visible === 'true' };
    default:
      return { type: d.kind, categoryId: d.categoryId };
  }
}

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The bar shown while listings are selected; `onDone` receives the status line to show. */
export function BulkEdit({
  storeId,
  selected,
  currency,
  categories,
  onDone,
}: {
  storeId: string;
  selected: Listing[];
  currency: string;
  categories: { id: string; name: string }[];
  onDone: (status: string) => void;
}) {
  const bulk = useBulkEdit(storeId);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [d, setD] = useState<Draft>({
    kind: 'adjustPrice',
    percent: '',
    direction: 'lower',
    amount: '',
    compareAt: 'keep',
    visible: 'false',
    categoryId: '',
  });
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const action = toAction(d);
  const category = categories.find((c) => c.id === d.categoryId)?.name ?? 'the category';
  const summary = `${listingCount(selected.length)}: ${describeAction(action, currency, category)}`;
  const errors = fieldErrors(bulk.error);
  const isPrice = d.kind === 'adjustPrice' || d.kind === 'setPrice';
  const isCategory = d.kind === 'addToCategory' || d.kind === 'removeFromCategory';

  async function apply() {
    const n = selected.length;
    const done = await bulk.mutateAsync({ listingIds: selected.map((l) => l.id), action });
    dialog.current?.close();
    const what = describeAction(action, currency, category);
    onDone(
      done.updated === n
        ? `Updated ${listingCount(n)}: ${what}.`
        : `Updated ${done.updated} of ${listingCount(n)}: ${what} (the others already were).`,
    );
  }

  return (
    <section className="panel bulk-bar" aria-labelledby={`${titleId}-bar`}>
      <h2 id={`${titleId}-bar`}>{listingCount(selected.length)} selected</h2>
      <form
        aria-label="Bulk edit"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          bulk.reset();
          dialog.current?.showModal();
        }}
      >
        <Select label="Change" value={d.kind} onChange={(v) => set({ kind: v as Kind })} options={KINDS} />
        {d.kind === 'adjustPrice' ? (
          <>
            <Select
              label="Direction"
              value={d.direction}
              onChange={(v) => set({ direction: v as Draft['direction'] })}
              options={[
                ['lower', 'Lower by'],
                ['raise', 'Raise by'],
              ]}
            />
            <Field
              label="Percent"
              name="percent"
              type="number"
              inputMode="decimal"
              min="0.01"
              max="1000"
              step="0.01"
              required
              value={d.percent}
              onChange={(e) => set({ percent: e.target.value })}
              error={errors['action.percent']}
            />
          </>
        ) : null}
        {d.kind === 'setPrice' ? (
          <Field
            label={`Price (${currency})`}
            name="amount"
            type="number"
            inputMode="decimal"
            min="0"
            step="0.01"
            required
            value={d.amount}
            onChange={(e) => set({ amount: e.target.value })}
            error={errors['action.amount']}
          />
        ) : null}
        {isPrice ? (
          <Select
            label="Running sales"
            value={d.compareAt}
            onChange={(v) => set({ compareAt: v as Draft['compareAt'] })}
            options={[
              ['keep', 'Keep them (the sale price changes)'],
              ['clear', 'End them (no struck-through price)'],
            ]}
          />
        ) : null}
        {d.kind === 'setVisibility' ? (
          <Select
            label="Shoppers"
            value={d.visible}
            onChange={(v) => set({ visible: v as Draft['visible'] })}
            options={[
              ['false', 'Hide from shoppers'],
              ['true', 'Show to shoppers'],
            ]}
          />
        ) : null}
        {isCategory ? (
          <Select
            label="Category"
            value={d.categoryId}
            onChange={(v) => set({ categoryId: v })}
            options={[
              ['', categories.length ? 'Choose…' : 'No categories yet'],
              ...categories.map((c): [string, string] => [c.id, c.name]),
            ]}
          />
        ) : null}
        <div className="field">
          <button type="submit" className="primary">
            Review change
          </button>
        </div>
      </form>
      <dialog ref={dialog} aria-labelledby={titleId}>
        <h2 id={titleId}>Apply to {listingCount(selected.length)}?</h2>
        <p>{summary}</p>
        <ul className="bulk-preview">
          {selected.slice(0, 8).map((l) => (
            <li key={l.id}>{l.title}</li>
          ))}
          {selected.length > 8 ? <li>and {selected.length - 8} more</li> : null}
        </ul>
        {bulk.error ? (
          <div role="alert" className="alert">
            <p>{message(bulk.error)}</p>
            {Object.values(errors).length > 0 ? (
              <ul>
                {Object.entries(errors).map(([path, text]) => (
                  <li key={path}>{text}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={bulk.isPending}
            onClick={() => apply().catch(() => {})}
          >
            Apply
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
