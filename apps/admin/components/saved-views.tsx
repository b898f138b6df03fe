'use client';
// Saved views above a list: the built-in, own and team-shared filter sets as tabs (links, so each
// opened view is a bookmarkable URL; the one the URL shows is aria-current), saving the current
// filters under a name, renaming or (un)sharing one's own view and deleting it after a confirmation.
// When the list's filters differ from the open view's, its owner can update the view with them.
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import {
  filtersOf,
  openView,
  type SavedView,
  type SavedViewResource,
  showsView,
  useSavedViews,
  viewHref,
} from '@/lib/saved-views';
import { FormAlert, useSave } from './settings-ui';
import { ConfirmButton, Field, message, States } from './ui';

type Labels = Record<string, string>;
type Mode = { kind: 'idle' } | { kind: 'save' } | { kind: 'edit'; view: SavedView };

const ownerOf = (v: SavedView) => v.owner?.name || v.owner?.email || 'a teammate';
const pretty = (value: string) => (/^[A-Z_]+$/.test(value) ? value.replace(/_/g, ' ').toLowerCase() : value);

/** "Payment: pending · Sort: -createdAt": what a save will keep, in the list's words. */
export function describeFilters(filters: Record<string, string>, labels: Labels): string {
  const parts = Object.entries(filters).map(([k, v]) => `${labels[k] ?? k}: ${pretty(v)}`);
  return parts.length ? parts.join(' · ') : 'no filters (the whole list)';
}

export function SavedViews({
  resource,
  labels,
  valueLabels = {},
}: {
  resource: SavedViewResource;
  /** The list's names of its filters (`paymentStatus` → "Payment"). */
  labels: Labels;
  /** Readable values for ids (a store's id → its name). */
  valueLabels?: Labels;
}) {
  const pathname = usePathname();
  const params = useSearchParams();
  const views = useSavedViews(resource);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [done, setDone] = useState('');
  const current = filtersOf(params);
  const all = views.list.data?.data ?? [];
  const router = useRouter();
  const active = openView(all, params);
  const activeId = active?.id;
  const changed = !!active && !showsView(active, params);
  const nav = useRef<HTMLElement>(null);
  // On a narrow screen the tabs scroll sideways: keep the current one in sight.
  useEffect(() => {
    if (!activeId) return;
    nav.current
      ?.querySelector(`[data-view="${CSS.escape(activeId)}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeId]);
  const named = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, valueLabels[v] ?? v]));
  return (
    <section aria-label="Views" className="saved-views">
      <States query={views.list} empty="">
        {(list) => {
          const own = list.data.filter((v) => v.editable).length;
          return (
            <>
              <nav aria-label="Saved views" className="tabs" ref={nav}>
                {list.data.map((v) => (
                  <Link
                    key={v.id}
                    href={viewHref(pathname, v, params)}
                    data-view={v.id}
                    aria-current={v.id === activeId ? 'page' : undefined}
                    onClick={() => setMode({ kind: 'idle' })}
                  >
                    {v.name}
                    {v.shared && !v.builtIn ? <span className="badge">shared</span> : null}
                  </Link>
                ))}
              </nav>
              <div className="row view-actions">
                <button type="button" onClick={() => setMode({ kind: 'save' })}>
                  Save as view
                </button>
                {active && changed ? (
                  <UpdateView view={active} filters={current} update={views.update} onDone={setDone} />
                ) : null}
                {active?.editable ? (
                  <>
                    <button type="button" onClick={() => setMode({ kind: 'edit', view: active })}>
                      Rename view
                    </button>
                    <ConfirmButton
                      label={`Delete view ${active.name}`}
                      text="Delete view"
                      what={`The view "${active.name}" goes from your views${active.shared ? ' and the team’s' : ''}. The orders stay as they are.`}
                      confirmLabel="Delete view"
                      onConfirm={async () => {
                        await views.remove.mutateAsync(active.id);
                        setMode({ kind: 'idle' });
                        setDone(`Deleted the view "${active.name}".`);
                      }}
                    />
                  </>
                ) : null}
                {active && !active.builtIn && !active.editable ? (
                  <p className="muted">Shared by {ownerOf(active)}: you can open it but not change it.</p>
                ) : null}
                {own === 0 && mode.kind === 'idle' ? (
                  <p className="muted">No views of your own yet: filter the list, then save it as a view.</p>
                ) : null}
              </div>
            </>
          );
        }}
      </States>
      {mode.kind === 'save' ? (
        <ViewForm
          title="Save view"
          submitLabel="Save view"
          summary={describeFilters(named, labels)}
          onCancel={() => setMode({ kind: 'idle' })}
          submit={async ({ name, shared }) => {
            const saved = await views.create.mutateAsync({ name, shared, filters: current });
            setMode({ kind: 'idle' });
            // The new view is the open one now.
            router.replace(viewHref(pathname, saved, params));
            setDone(`Saved the view "${saved.name}".`);
          }}
        />
      ) : null}
      {mode.kind === 'edit' ? (
        <ViewForm
          key={mode.view.id}
          title="Rename view"
          submitLabel="Save changes"
          initial={mode.view}
          onCancel={() => setMode({ kind: 'idle' })}
          submit={async ({ name, shared }) => {
            const saved = await views.update.mutateAsync({ id: mode.view.id, input: { name, shared } });
            setMode({ kind: 'idle' });
            setDone(`Saved the view "${saved.name}".`);
          }}
        />
      ) : null}
      {views.update.error && mode.kind === 'idle' ? (
        <p role="alert" className="error">
          Could not update the view: {message(views.update.error)}
        </p>
      ) : null}
      <p role="status" className={done ? 'notice' : undefined}>
        {done}
      </p>
    </section>
  );
}

/** The open view's filters were changed: its owner may save them into it; others are told why not. */
function UpdateView({
  view,
  filters,
  update,
  onDone,
}: {
  view: SavedView;
  filters: Record<string, string>;
  update: ReturnType<typeof useSavedViews>['update'];
  onDone: (text: string) => void;
}) {
  if (view.builtIn) return null;
  return (
    <>
      {view.editable ? (
        <button
          type="button"
          className="primary"
          disabled={update.isPending}
          onClick={() =>
            update.mutateAsync({ id: view.id, input: { filters } }).then(
              (saved) => onDone(`Updated the view "${saved.name}" with the current filters.`),
              () => onDone(''),
            )
          }
        >
          Update view
        </button>
      ) : null}
      <p className="muted">
        The filters differ from the view "{view.name}"
        {view.editable ? '.' : ', which you cannot change: save them as a new view.'}
      </p>
    </>
  );
}

function ViewForm({
  title,
  submitLabel,
  initial,
  summary,
  submit,
  onCancel,
}: {
  title: string;
  submitLabel: string;
  initial?: SavedView;
  summary?: string;
  submit: (input: { name: string; shared: boolean }) => Promise<void>;
  onCancel: () => void;
}) {
  const { errors, busy, run } = useSave(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    await submit({ name: String(data.get('name') ?? ''), shared: data.get('shared') === 'on' });
  });
  return (
    <form
      aria-label={title}
      className="panel"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run(e.currentTarget);
      }}
    >
      <Field
        label="View name"
        name="name"
        defaultValue={initial?.name ?? ''}
        error={errors.name}
        hint={summary ? `Keeps ${summary}.` : undefined}
        maxLength={60}
      />
      <label className="check">
        <input type="checkbox" name="shared" defaultChecked={initial?.shared ?? false} />
        Share with the team (they can open it, not change it)
      </label>
      <FormAlert error={errors.form} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
