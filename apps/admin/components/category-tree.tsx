'use client';
// The store's categories as a tree: add (at the top or under a parent), rename, move under another
// parent with a "Move to…" select (keyboard and screen reader friendly), delete with confirmation.
import type { Category } from '@ventory/sdk';
import { useId, useState } from 'react';
import { type CategoryBranch, categoryTree, subtree } from '@/lib/catalog';
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

function Branch({
  node,
  all,
  onSave,
  onDelete,
}: {
  node: CategoryBranch;
  all: { node: CategoryBranch; path: string }[];
  onSave: Save;
  onDelete: (id: string) => Promise<unknown>;
}) {
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState('');
  const blocked = subtree(node);
  const count = node.children.length;
  const act = (p: Promise<unknown>) =>
    p.then(
      () => setError(''),
      (e) => setError(message(e)),
    );
  return (
    <li aria-label={node.name}>
      <div className="category-row">
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
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {node.children.length ? (
        <ul>
          {node.children.map((c) => (
            <Branch key={c.id} node={c} all={all} onSave={onSave} onDelete={onDelete} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function CategoryTree({
  rows,
  onSave,
  onDelete,
}: {
  rows: Category[];
  onSave: Save;
  onDelete: (id: string) => Promise<unknown>;
}) {
  const tree = categoryTree(rows);
  const all = flatten(tree);
  return (
    <>
      <NewCategory all={all} onSave={onSave} />
      {tree.length === 0 ? (
        <p className="muted">No categories yet.</p>
      ) : (
        <section aria-labelledby="tree-h">
          <h2 id="tree-h">Categories</h2>
          <ul className="category-tree" aria-label="Category tree">
            {tree.map((n) => (
              <Branch key={n.id} node={n} all={all} onSave={onSave} onDelete={onDelete} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
