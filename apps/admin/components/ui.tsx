'use client';
// Small building blocks every screen shares: page frame with breadcrumbs, the three data states,
// form fields that show the API's problem+json errors beside them, and a confirming button.
import { ApiError } from '@ventory/sdk';
import Link from 'next/link';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export type Crumb = { label: string; href?: string };

export function Page({
  title,
  crumbs = [],
  actions,
  children,
}: {
  title: string;
  crumbs?: Crumb[];
  actions?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Ventory Admin`;
  }, [title]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <ol>
          <li>
            <Link href="/">Home</Link>
          </li>
          {crumbs.map((c) => (
            <li key={c.label}>{c.href ? <Link href={c.href}>{c.label}</Link> : c.label}</li>
          ))}
        </ol>
      </nav>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </>
  );
}

/** Loading, error and empty states around a query's data. */
export function States<T>({
  query,
  empty,
  isEmpty,
  children,
}: {
  query: { isPending: boolean; error: unknown; data?: T; refetch: () => unknown };
  empty: string;
  isEmpty?: (d: T) => boolean;
  children: (d: T) => ReactNode;
}) {
  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.error)
    return (
      <div role="alert" className="alert">
        <p>Could not load this: {message(query.error)}</p>
        <button type="button" onClick={() => query.refetch()}>
          Try again
        </button>
      </div>
    );
  const data = query.data as T;
  if (isEmpty?.(data)) return <p className="muted">{empty}</p>;
  return <>{children(data)}</>;
}

export const message = (e: unknown) =>
  e instanceof ApiError ? e.problem.detail || e.problem.title : e instanceof Error ? e.message : String(e);

/** The field errors of a problem+json answer, by path ("variants.0.sku" → that input). */
export const fieldErrors = (e: unknown): Record<string, string> => {
  if (!(e instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of e.problem.errors ?? []) out[f.path.replace(/^body\./, '')] = f.message;
  return out;
};

export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const described = [error ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** An action that cannot be taken back: asks first, saying what will happen, in a modal dialog. */
export function ConfirmButton({
  label,
  what,
  confirmLabel,
  onConfirm,
  destructive = true,
  text,
}: {
  /** The button's accessible name and the dialog's title ("Delete SPRING10"). */
  label: string;
  /** Shorter visible text where the row already names the thing ("Delete"); defaults to label. */
  text?: string;
  what: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  /** Red for what destroys (delete, deactivate); plain for a weighty but constructive step. */
  destructive?: boolean;
}) {
  const tone = destructive ? 'danger' : undefined;
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={tone}
        aria-label={text ? label : undefined}
        onClick={() => ref.current?.showModal()}
      >
        {text ?? label}
      </button>
      <dialog ref={ref} aria-labelledby={titleId}>
        <h2 id={titleId}>{label}?</h2>
        <p>{what}</p>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <div className="row">
          <button
            type="button"
            className={tone}
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError('');
              try {
                await onConfirm();
                ref.current?.close();
              } catch (e) {
                setError(message(e));
              } finally {
                setBusy(false);
              }
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            Keep it
          </button>
        </div>
      </dialog>
    </>
  );
}

export const money = (amount: string | number, currency = 'USD') =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(Number(amount));

/** A table's box that scrolls sideways when the table is wider; focusable so keys can scroll it. */
export function ScrollX({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1).
    <section className="scroll-x" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** Previous / Next over a list the API pages (`offset`, `limit`), with "11–20 of 42". */
export function Pager({
  label,
  offset,
  limit,
  total,
  onOffset,
}: {
  label: string;
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        Previous
      </button>
      <span>
        {total === 0 ? 0 : offset + 1}–{Math.min(offset + limit, total)} of {total}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        Next
      </button>
    </nav>
  );
}
