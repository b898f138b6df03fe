'use client';
// Content → Navigation: the storefront's header and footer menus. Items are edited in place,
// reordered with Up/Down (focus stays on the moved item's button, and the move is announced),
// nested one level, and saved as a whole; the API's field errors show beside their fields.
import type { StoreMenu } from '@ventory/sdk';
import { useState } from 'react';
import { type MenuHandle, useMenu } from '@/lib/menus';
import { useStores } from '@/lib/stores';
import { ContentNav } from './content-nav';
import { MenuItemRow, newRow, type Row, rowsOf, toInput } from './menu-items';
import { FormAlert, Select, useSave } from './settings-ui';
import { ConfirmButton, Page, States } from './ui';

const MAX_ITEMS = 50;
const HANDLES: { handle: MenuHandle; label: string; fallback: string }[] = [
  { handle: 'header', label: 'Header menu', fallback: 'All products and the top categories' },
  { handle: 'footer', label: 'Footer menu', fallback: 'the shop and help links' },
];

const moved = <T,>(list: T[], i: number, by: -1 | 1): T[] => {
  const next = [...list];
  const [it] = next.splice(i, 1);
  if (it !== undefined) next.splice(i + by, 0, it);
  return next;
};
const total = (rows: Row[]) => rows.reduce((n, r) => n + 1 + r.children.length, 0);

function MenuEditor({ storeId, handle, menu }: { storeId: string; handle: MenuHandle; menu: StoreMenu }) {
  const { save } = useMenu(storeId, handle);
  const [rows, setRows] = useState(() => rowsOf(menu.items));
  const [said, setSaid] = useState('');
  const meta = HANDLES.find((h) => h.handle === handle) ?? HANDLES[0];
  const { errors, busy, run } = useSave(async (next: Row[]) => {
    setSaid('');
    const saved = await save.mutateAsync(toInput(next));
    setRows(rowsOf(saved.items));
    setSaid(
      saved.items.length
        ? `Saved. The storefront shows the ${meta?.label.toLowerCase()}.`
        : 'Saved. The storefront shows its default links.',
    );
  });
  const full = total(rows) >= MAX_ITEMS;
  const update = (fn: (rows: Row[]) => Row[]) => {
    setSaid('');
    setRows(fn);
  };
  const announceMove = (label: string, to: number, of: number) =>
    setSaid(`Moved ${label || 'the item'} to position ${to} of ${of}.`);

  const rowActions = (i: number, siblings: Row[], setSiblings: (fn: (r: Row[]) => Row[]) => void) => ({
    change: (patch: Partial<Row>) =>
      setSiblings((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r))),
    move: (by: -1 | 1) => {
      setSiblings((rs) => moved(rs, i, by));
      announceMove(siblings[i]?.label ?? '', i + by + 1, siblings.length);
      // Reordering moves the item's DOM node, which can drop focus: keep it on the button pressed.
      const id = `${siblings[i]?.key}-${by < 0 ? 'up' : 'down'}`;
      requestAnimationFrame(() => document.getElementById(id)?.focus());
    },
    remove: () => setSiblings((rs) => rs.filter((_, j) => j !== i)),
  });

  return (
    <form
      className="menu-editor"
      aria-label={meta?.label}
      onSubmit={(e) => {
        e.preventDefault();
        run(rows);
      }}
    >
      {rows.length ? (
        <ol className="menu-items">
          {rows.map((row, i) => {
            const setChildren = (fn: (r: Row[]) => Row[]) =>
              update((rs) => rs.map((r, j) => (j === i ? { ...r, children: fn(r.children) } : r)));
            return (
              <MenuItemRow
                key={row.key}
                storeId={storeId}
                row={row}
                index={i}
                count={rows.length}
                path={`items.${i}`}
                errors={errors}
                actions={{
                  ...rowActions(i, rows, update),
                  addChild: full ? undefined : () => setChildren((cs) => [...cs, newRow()]),
                }}
              >
                {row.children.length ? (
                  <ol className="menu-items menu-children">
                    {row.children.map((child, k) => (
                      <MenuItemRow
                        key={child.key}
                        storeId={storeId}
                        row={child}
                        index={k}
                        count={row.children.length}
                        path={`items.${i}.children.${k}`}
                        errors={errors}
                        actions={rowActions(k, row.children, setChildren)}
                      />
                    ))}
                  </ol>
                ) : null}
              </MenuItemRow>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No items: the storefront shows its default links ({meta?.fallback}).</p>
      )}
      {errors.items ? <p className="field-error">{errors.items}</p> : null}
      <div className="row">
        <button type="button" disabled={full} onClick={() => update((rs) => [...rs, newRow()])}>
          + Add item
        </button>
        <span className="muted">
          {total(rows)} of {MAX_ITEMS} items
        </span>
      </div>
      <FormAlert error={errors.form} />
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Save {meta?.label.toLowerCase()}
        </button>
        <p role="status" className="ok">
          {said}
        </p>
        {menu.items.length ? (
          <ConfirmButton
            label="Reset to default links"
            what={`The storefront goes back to its default links (${meta?.fallback}); these items are removed.`}
            confirmLabel="Reset"
            onConfirm={() => run([])}
          />
        ) : null}
      </div>
    </form>
  );
}

// Keyed by menu only: a save updates the query's data, and the editor (with its status) stays.
function LoadedMenu({ storeId, handle }: { storeId: string; handle: MenuHandle }) {
  const { menu } = useMenu(storeId, handle);
  return (
    <States query={menu} empty="">
      {(m) => <MenuEditor key={handle} storeId={storeId} handle={handle} menu={m} />}
    </States>
  );
}

export function NavigationScreen() {
  const { current, query: storesQuery } = useStores();
  const [handle, setHandle] = useState<MenuHandle>('header');
  const qs = current ? `?store=${current.id}` : '';
  return (
    <Page title="Navigation" crumbs={[{ label: 'Content', href: `/content${qs}` }, { label: 'Navigation' }]}>
      <ContentNav />
      {!current ? (
        <p className="muted">{storesQuery.isPending ? 'Loading…' : 'Create a store first.'}</p>
      ) : (
        <section className="panel">
          <p className="muted">
            The links across the top and bottom of {current.name}’s storefront. Link to a page, post,
            category, collection or product, or to any web address; give an item sub-items to make a
            drop-down.
          </p>
          <Select label="Menu" value={handle} onChange={(e) => setHandle(e.target.value as MenuHandle)}>
            {HANDLES.map((h) => (
              <option key={h.handle} value={h.handle}>
                {h.label}
              </option>
            ))}
          </Select>
          <LoadedMenu key={handle} storeId={current.id} handle={handle} />
        </section>
      )}
    </Page>
  );
}
