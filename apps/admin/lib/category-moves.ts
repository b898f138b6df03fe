// Where a dragged category lands in the tree, as dnd-kit's sortable-tree pattern works it out:
// the tree flattened depth-first (the dragged category's own branch left out, so it can never
// land under its own descendant), the row it is over, and a horizontal offset that picks the depth
// among those the neighbours allow. Then the updates that persist it: parent and sort orders.
import { arrayMove } from '@dnd-kit/sortable';
import type { CategoryBranch } from './catalog';

export type FlatCategory = {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
  sortOrder: number;
};
export type Projection = { depth: number; parentId: string | null };
export type CategoryMove = { id: string; sortOrder: number; parentId?: string | null };

/** The tree as rows, depth-first, leaving out the branch below `collapsed` (the dragged one). */
export function flattenTree(nodes: CategoryBranch[], collapsed?: string | null): FlatCategory[] {
  return nodes.flatMap((n) => [
    { id: n.id, name: n.name, parentId: n.parentId ?? null, depth: n.depth, sortOrder: n.sortOrder },
    ...(n.id === collapsed ? [] : flattenTree(n.children, collapsed)),
  ]);
}

/** The depth and parent the dragged row would take over `overId`, `offsetX` pixels sideways. */
export function project(
  items: FlatCategory[],
  activeId: string,
  overId: string,
  offsetX: number,
  indent: number,
): Projection | null {
  const from = items.findIndex((i) => i.id === activeId);
  const to = items.findIndex((i) => i.id === overId);
  const active = items[from];
  if (!active || to < 0) return null;
  const moved = arrayMove(items, from, to);
  const prev = moved[to - 1];
  const next = moved[to + 1];
  const wanted = active.depth + Math.round(offsetX / indent);
  const max = prev ? prev.depth + 1 : 0;
  const min = next ? next.depth : 0;
  const depth = Math.min(Math.max(wanted, min), max);
  if (depth === 0 || !prev) return { depth: 0, parentId: null };
  if (depth === prev.depth) return { depth, parentId: prev.parentId };
  if (depth > prev.depth) return { depth, parentId: prev.id };
  const above = moved
    .slice(0, to)
    .reverse()
    .find((i) => i.depth === depth);
  return { depth, parentId: above?.parentId ?? null };
}

/**
 * The updates a drop makes: the dragged category's parent, and sort orders 0, 10, 20… for its new
 * siblings in their new order, sending only those that change. Empty when nothing moves.
 */
export function movesFor(
  items: FlatCategory[],
  activeId: string,
  overId: string,
  projection: Projection,
): CategoryMove[] {
  const from = items.findIndex((i) => i.id === activeId);
  const to = items.findIndex((i) => i.id === overId);
  const active = items[from];
  if (!active || to < 0) return [];
  const moved = arrayMove(items, from, to).map((i) => (i.id === activeId ? { ...i, ...projection } : i));
  const siblings = moved.filter((i) => i.parentId === projection.parentId);
  const reparented = projection.parentId !== active.parentId;
  const out: CategoryMove[] = [];
  siblings.forEach((s, index) => {
    const sortOrder = index * 10;
    if (s.id === activeId && reparented) out.push({ id: s.id, sortOrder, parentId: projection.parentId });
    else if (s.sortOrder !== sortOrder) out.push({ id: s.id, sortOrder });
  });
  const orderChanged = from !== to || reparented;
  return orderChanged ? out.sort((a, b) => Number(b.id === activeId) - Number(a.id === activeId)) : [];
}

/** "under Kitchen, position 2 of 3" / "at the top level, position 1 of 4": where a drop would land. */
export function describePlace(
  items: FlatCategory[],
  activeId: string,
  overId: string,
  projection: Projection,
): string {
  const from = items.findIndex((i) => i.id === activeId);
  const to = items.findIndex((i) => i.id === overId);
  const moved = arrayMove(items, from, to).map((i) => (i.id === activeId ? { ...i, ...projection } : i));
  const siblings = moved.filter((i) => i.parentId === projection.parentId);
  const position = siblings.findIndex((i) => i.id === activeId) + 1;
  const parent = items.find((i) => i.id === projection.parentId);
  const where = parent ? `under ${parent.name}` : 'at the top level';
  return `${where}, position ${position} of ${siblings.length}`;
}
