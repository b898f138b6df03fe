'use client';
// Drag and drop for the category tree (dnd-kit): a handle on each row picks it up with the mouse,
// touch or the keyboard (Space, arrows, Space; Escape cancels) and screen readers hear where it
// would land. Up/down reorders, sideways (or Arrow Left/Right) changes the depth; a category's own
// branch folds away while it moves, so it cannot land below itself.
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { createContext, type ReactNode, useContext, useRef, useState } from 'react';
import type { CategoryBranch } from '@/lib/catalog';
import {
  type CategoryMove,
  describePlace,
  type FlatCategory,
  flattenTree,
  movesFor,
  type Projection,
  project,
} from '@/lib/category-moves';

/** One level of the tree on screen: the nested list's indent (padding, margin and border). */
export const INDENT = 34;

type Drag = { activeId: string | null; projection: Projection | null };
const DragState = createContext<Drag>({ activeId: null, projection: null });

/** Arrow Left/Right change the depth; up and down move between rows, keeping the depth chosen. */
const coordinates: KeyboardCoordinateGetter = (event, args) => {
  const { currentCoordinates: at } = args;
  if (event.code === 'ArrowRight' || event.code === 'ArrowLeft') {
    event.preventDefault();
    return { ...at, x: at.x + (event.code === 'ArrowRight' ? INDENT : -INDENT) };
  }
  const next = sortableKeyboardCoordinates(event, args);
  // Nested rows start further right: moving onto one must not read as a change of depth.
  return next ? { x: at.x, y: next.y } : next;
};

const instructions =
  'To move a category, press Space or Enter on its handle to pick it up. Arrow Up and Arrow Down ' +
  'move it between rows, Arrow Right puts it under the category above, Arrow Left moves it up a ' +
  'level. Press Space or Enter to drop it, or Escape to cancel. The "Move to" select also moves it.';

export function CategoryDnd({
  tree,
  onMove,
  children,
}: {
  tree: CategoryBranch[];
  onMove: (moves: CategoryMove[]) => void;
  children: ReactNode;
}) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const [offsetX, setOffsetX] = useState(0);
  const items = flattenTree(tree, activeId);
  const projection = activeId && overId ? project(items, activeId, overId, offsetX, INDENT) : null;
  // The announcements run outside React's render: they read the latest drag through a ref.
  const latest = useRef({ items, offsetX, said: '' });
  latest.current.items = items;
  latest.current.offsetX = offsetX;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: coordinates }),
  );
  const name = (id: string | number) => items.find((i) => i.id === id)?.name ?? 'the category';
  const place = (active: string, over: string, dx = latest.current.offsetX) => {
    const list: FlatCategory[] = latest.current.items;
    const p = project(list, active, over, dx, INDENT);
    return p ? describePlace(list, active, over, p) : '';
  };
  const moving = (active: string | number, over: string | number | undefined) => {
    if (over === undefined) return `${name(active)} is not over the tree.`;
    const text = `${name(active)} would go ${place(String(active), String(over))}.`;
    if (text === latest.current.said) return undefined;
    latest.current.said = text;
    return text;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      // Where it starts is no news: only a change of place is announced after "Picked up".
      latest.current.said = `${name(active.id)} would go ${place(String(active.id), String(active.id), 0)}.`;
      return `Picked up ${name(active.id)}.`;
    },
    onDragMove: ({ active, over }) => moving(active.id, over?.id),
    onDragOver: ({ active, over }) => moving(active.id, over?.id),
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} was dropped ${place(String(active.id), String(over.id))}.`
        : `${name(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled; it stays where it was.`,
  };
  const reset = () => {
    setActiveId(null);
    setOverId(null);
    setOffsetX(0);
  };
  const end = ({ active, over, delta }: DragEndEvent) => {
    const id = String(active.id);
    const target = over ? String(over.id) : null;
    const p = target ? project(items, id, target, delta.x, INDENT) : null;
    reset();
    if (target && p) {
      const moves = movesFor(items, id, target, p);
      if (moves.length) onMove(moves);
    }
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
      onDragStart={({ active }) => {
        setActiveId(String(active.id));
        setOverId(String(active.id));
      }}
      onDragMove={({ delta, over }: DragMoveEvent) => {
        setOffsetX(delta.x);
        setOverId(over ? String(over.id) : null);
      }}
      onDragEnd={end}
      onDragCancel={reset}
    >
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <DragState.Provider value={{ activeId, projection }}>{children}</DragState.Provider>
      </SortableContext>
    </DndContext>
  );
}

/** A row's drag wiring: its node, handle props, and its style while the list moves. */
export function useCategoryRow(node: CategoryBranch) {
  const { activeId, projection } = useContext(DragState);
  const s = useSortable({ id: node.id });
  const dragging = s.isDragging;
  // The dragged row shows the depth it would land at; the others slide up or down.
  const x = dragging && projection ? (projection.depth - node.depth) * INDENT : 0;
  const style = s.transform
    ? { transform: `translate3d(${x}px, ${s.transform.y}px, 0)`, transition: s.transition }
    : { transition: s.transition };
  return {
    rowRef: s.setNodeRef,
    style,
    dragging,
    folded: activeId === node.id,
    handle: { ref: s.setActivatorNodeRef, ...s.attributes, ...s.listeners },
  };
}
