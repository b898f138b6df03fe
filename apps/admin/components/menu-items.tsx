'use client';
// One item of a storefront menu in the navigation editor: its label, where it leads (a URL, or a
// page, post, category, collection or product of the store), move up/down, remove, and (top level
// only) its sub-items. Errors from the API arrive by path (`items.2.children.0.url`).
import type { MenuItemInput } from '@ventory/sdk';
import { useId } from 'react';
import { LINK_KINDS, type LinkKind, useLinkTargets } from '@/lib/menus';
import { Select } from './settings-ui';
import { Field } from './ui';

export type Row = {
  key: string;
  label: string;
  type: 'url' | LinkKind;
  url: string;
  slug: string;
  children: Row[];
};

let seq = 0;
export const newRow = (patch: Partial<Row> = {}): Row => ({
  key: `r${++seq}`,
  label: '',
  type: 'url',
  url: '',
  slug: '',
  children: [],
  ...patch,
});

type Leaf = Omit<MenuItemInput, 'children'>;
const leafOf = (r: Row): Leaf =>
  r.type === 'url'
    ? { label: r.label.trim(), url: r.url.trim() }
    : { label: r.label.trim(), link: { kind: r.type, slug: r.slug } };
export const toInput = (rows: Row[]): MenuItemInput[] =>
  rows.map((r) => ({ ...leafOf(r), ...(r.children.length ? { children: r.children.map(leafOf) } : {}) }));

type Saved = { label: string; url: string | null; link: { kind: LinkKind; slug: string } | null };
const rowOfLeaf = (i: Saved): Row =>
  newRow({ label: i.label, type: i.link?.kind ?? 'url', url: i.url ?? '', slug: i.link?.slug ?? '' });
export const rowsOf = (items: (Saved & { children: Saved[] })[]): Row[] =>
  items.map((i) => ({ ...rowOfLeaf(i), children: i.children.map(rowOfLeaf) }));

function TargetSelect({
  storeId,
  row,
  error,
  onChange,
}: {
  storeId: string;
  row: Row;
  error?: string;
  onChange: (slug: string) => void;
}) {
  const kind = row.type as LinkKind;
  const targets = useLinkTargets(storeId, kind, true);
  const noun = LINK_KINDS.find((k) => k.kind === kind)?.label ?? 'Target';
  const known = targets.data?.some((t) => t.slug === row.slug);
  return (
    <Select label={noun} value={row.slug} error={error} onChange={(e) => onChange(e.target.value)} required>
      <option value="">
        {targets.isPending
          ? 'Loading…'
          : targets.error
            ? 'Could not load the list'
            : `Choose a ${noun.toLowerCase()}`}
      </option>
      {row.slug && !known && !targets.isPending ? (
        <option value={row.slug}>{row.slug} (not found)</option>
      ) : null}
      {(targets.data ?? []).map((t) => (
        <option key={t.slug} value={t.slug}>
          {t.title}
        </option>
      ))}
    </Select>
  );
}

export type RowActions = {
  change: (patch: Partial<Row>) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
  addChild?: () => void;
};

/** One item; `path` is its place in the API's error paths (`items.1` or `items.1.children.0`). */
export function MenuItemRow({
  storeId,
  row,
  index,
  count,
  path,
  errors,
  actions,
  children,
}: {
  storeId: string;
  row: Row;
  index: number;
  count: number;
  path: string;
  errors: Record<string, string>;
  actions: RowActions;
  children?: React.ReactNode;
}) {
  const legend = useId();
  const name = row.label.trim() || `item ${index + 1}`;
  const first = index === 0;
  const last = index === count - 1;
  return (
    <li className="menu-item">
      <fieldset aria-labelledby={legend}>
        <legend id={legend}>
          {path.includes('children') ? 'Sub-item' : 'Item'} {index + 1} of {count}
        </legend>
        <div className="menu-item-fields">
          <Field
            label="Label"
            name={`${path}.label`}
            value={row.label}
            error={errors[`${path}.label`]}
            maxLength={80}
            required
            onChange={(e) => actions.change({ label: e.target.value })}
          />
          <Select
            label="Links to"
            value={row.type}
            onChange={(e) => actions.change({ type: e.target.value as Row['type'], slug: '' })}
          >
            <option value="url">A web address</option>
            {LINK_KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </Select>
          {row.type === 'url' ? (
            <Field
              label="URL"
              name={`${path}.url`}
              value={row.url}
              placeholder="/pages/about or https://…"
              error={errors[`${path}.url`] ?? errors[path]}
              required
              onChange={(e) => actions.change({ url: e.target.value })}
            />
          ) : (
            <TargetSelect
              storeId={storeId}
              row={row}
              error={errors[`${path}.link.slug`] ?? errors[`${path}.url`] ?? errors[`${path}.link`]}
              onChange={(slug) => actions.change({ slug })}
            />
          )}
        </div>
        <div className="row menu-item-actions">
          <button
            type="button"
            aria-disabled={first}
            id={`${row.key}-up`}
            aria-label={`Move ${name} up`}
            onClick={() => !first && actions.move(-1)}
          >
            ↑ Up
          </button>
          <button
            type="button"
            aria-disabled={last}
            id={`${row.key}-down`}
            aria-label={`Move ${name} down`}
            onClick={() => !last && actions.move(1)}
          >
            ↓ Down
          </button>
          {actions.addChild ? (
            <button type="button" aria-label={`Add a sub-item under ${name}`} onClick={actions.addChild}>
              + Sub-item
            </button>
          ) : null}
          <button type="button" className="danger" aria-label={`Remove ${name}`} onClick={actions.remove}>
            Remove
          </button>
        </div>
        {children}
      </fieldset>
    </li>
  );
}
