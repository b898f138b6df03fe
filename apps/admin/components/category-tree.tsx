'use client';
// The store's categories as a tree: add (at the top or under a parent), rename, reorder or move
// under another parent by dragging a row's handle (mouse, touch or keyboard) or with the "Move
// to…" select, delete with confirmation.
import type { Category } from '@ventory/sdk';
import { useId, useState } from 'react';
import { type CategoryBranch, categoryTree, subtree } from '@/lib/catalog';
import type { CategoryMove } from '@/lib/category-moves';
import { CategoryDetails } from './category-details';
import { CategoryDnd, useCategoryRow } from './category-dnd';
import { FormAlert, Select, useSave } from './settings-ui';
import { ConfirmButton, Field, message } from './ui';

type Save = (id: string | undefined, input: Partial<Category>) => Promise<unknown>;

/** Every category as "Parent › Child" labels, depth-first, for the parent selects. */
function flatten(nodes: CategoryBranch[], trail: string[] = []): { node: CategoryBranch; path: string }[] {
  return nodes.flatMap((n) => [
    { node: n, path: [...trail, n.name].join(' › ') },
    ...flatten(n.children, [...trail, n.name]),
  ]);
}

export function NewCategory({
  all,
  onSave,
}: {
  all: { node: CategoryBranch; path: string }[];
  onSave: Save;
}) {
  const h = useId();
  const [key, setKey] = useState(0);
  const { errors, busy, run } = useSave(async (input: Partial<Category>) => {
    await onSave(undefined, input);
    setKey((k) => k + 1);
  });
  return (
    <form
      key={key}
      className="panel"
      aria-labelledby={h}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        run({ name: String(f.get('name') ?? ''), parentId: String(f.get('parentId') ?? '') || null });
      }}
    >
      <h2 id={h}>New category</h2>
      <div className="grid2">
        <Field label="Name" name="name" required error={errors.name ?? errors.slug} />
        <Select label="Parent" name="parentId" defaultValue="" error={errors.parentId}>
          <option value="">None (top level)</option>
          {all.map(({ node, path }) => (
            <option key={node.id} value={node.id}>
              {path}
            </option>
          ))}
        </Select>
      </div>
      <FormAlert error={errors.form} />
      <button type="submit" className="primary" disabled={busy}>
        Create category
      </button>
    </form>
  );
}

type BranchActions = {
  onSave: Save;
  onDelete: (id: string) => Promise<unknown>;
  /** Opens the category's details (slug, description, visibility, SEO). */
  onDetails: (category: Category) => void;
};

function Branch({
  node,
  all,
  onSave,
  onDelete,
  onDetails,
}: BranchActions & { node: CategoryBranch; all: { node: CategoryBranch; path: string }[] }) {
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState('');
  const row = useCategoryRow(node);
  const blocked = subtree(node);
  const count = node.children.length;
  const act = (p: Promise<unknown>) =>
    p.then(
      () => setError(''),
      (e) => setError(message(e)),
    );
  return (
    <li aria-label={node.name}>
      <div
        className={row.dragging ? 'category-row dragging' : 'category-row'}
        ref={row.rowRef}
        style={row.style}
      >
        <button type="button" className="drag-handle" aria-label={`Drag ${node.name}`} {...row.handle}>
          <span aria-hidden="true">⠿</span>
        </button>
        {renaming ? (
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              const name = String(new FormData(e.currentTarget).get('name') ?? '');
              act(onSave(node.id, { name }).then(() => setRenaming(false)));
            }}
          >
            <Field
              label={`New name for ${node.name}`}
              name="name"
              defaultValue={node.name}
              required
              autoFocus
            />
            <div className="field row">
              <button type="submit" className="primary">
                Save name
              </button>
              <button type="button" onClick={() => setRenaming(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <span className="category-name">
            {node.name} {node.isVisible ? null : <span className="badge">Hidden</span>}
          </span>
        )}
        <div className="row actions-cell">
          {renaming ? null : (
            <button type="button" aria-label={`Rename ${node.name}`} onClick={() => setRenaming(true)}>
              Rename
            </button>
          )}
          <button type="button" aria-label={`Details of ${node.name}`} onClick={() => onDetails(node)}>
            Details
          </button>
          <Select
            label={`Move ${node.name} to`}
            value={node.parentId ?? ''}
            onChange={(e) => act(onSave(node.id, { parentId: e.target.value || null }))}
          >
            <option value="">Top level</option>
            {all
              .filter(({ node: n }) => !blocked.has(n.id))
              .map(({ node: n, path }) => (
                <option key={n.id} value={n.id}>
                  {path}
                </option>
              ))}
          </Select>
          <ConfirmButton
            label={`Delete ${node.name}`}
            text="Delete"
            what={`This deletes the category ${node.name}${
              count
                ? `; its ${count} sub-categor${count === 1 ? 'y moves' : 'ies move'} to the top level`
                : ''
            }. Products listed in it stay listed, just no longer in this category.`}
            confirmLabel="Delete category"
            onConfirm={() => onDelete(node.id)}
          />
        </div>
      </div>
      <FormAlert error={error} />
      {node.children.length && !row.folded ? (
        <ul>
          {node.children.map((c) => (
            <Branch key={c.id} node={c} all={all} onSave={onSave} onDelete={onDelete} onDetails={onDetails} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function CategoryTree({
  rows,
  domain,
  onSave,
  onDelete,
}: {
  rows: Category[];
  /** The store's address, for the search-result preview. */
  domain: string;
  onSave: Save;
  onDelete: (id: string) => Promise<unknown>;
}) {
  const [details, setDetails] = useState<Category | null>(null);
  // A drop shows at once; the saves follow, then the refreshed list replaces these.
  const [moved, setMoved] = useState<Record<string, Partial<Category>>>({});
  const [moveError, setMoveError] = useState('');
  const tree = categoryTree(rows.map((r) => ({ ...r, ...moved[r.id] })));
  const all = flatten(tree);
  const move = async (moves: CategoryMove[]) => {
    setMoved((m) => ({ ...m, ...Object.fromEntries(moves.map(({ id, ...patch }) => [id, patch])) }));
    setMoveError('');
    try {
      // One category at a time, the dragged one first: a refusal leaves the others as they were.
      for (const { id, ...patch } of moves) await onSave(id, patch);
    } catch (e) {
      setMoveError(message(e));
    } finally {
      setMoved({});
    }
  };
  return (
    <>
      {details ? (
        <CategoryDetails
          key={details.id}
          category={details}
          domain={domain}
          onSave={(input) => onSave(details.id, input)}
          onClose={() => setDetails(null)}
        />
      ) : null}
      <NewCategory all={all} onSave={onSave} />
      {tree.length === 0 ? (
        <p className="muted">No categories yet.</p>
      ) : (
        <section aria-labelledby="tree-h">
          <h2 id="tree-h">Categories</h2>
          <p className="muted">Drag a category by its handle to reorder it or put it under another.</p>
          {moveError ? (
            <p role="alert" className="error">
              Could not move the category: {moveError}
            </p>
          ) : null}
          <CategoryDnd tree={tree} onMove={move}>
            <ul className="category-tree" aria-label="Category tree">
              {tree.map((n) => (
                <Branch
                  key={n.id}
                  node={n}
                  all={all}
                  onSave={onSave}
                  onDelete={onDelete}
                  onDetails={setDetails}
                />
              ))}
            </ul>
          </CategoryDnd>
        </section>
      )}
    </>
  );
}
