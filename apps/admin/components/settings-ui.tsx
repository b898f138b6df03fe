'use client';
// Pieces the settings forms share: a labelled select and text area with the API's error beside
// them, the form-level alert, and the row actions (edit, deactivate or activate, delete).
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ConfirmButton, fieldErrors, message } from './ui';

export function Select({
  label,
  error,
  children,
  ...select
}: { label: string; error?: string; children: ReactNode } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        {...select}
      >
        {children}
      </select>
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea({
  label,
  error,
  hint,
  ...area
}: { label: string; error?: string; hint?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const described = [error ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...area}
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

export function FormAlert({ error }: { error?: string }) {
  return error ? (
    <p role="alert" className="error">
      {error}
    </p>
  ) : null;
}

/** A form's save: busy while it runs; on failure the API's field errors (by path) and its message. */
export function useSave<I>(save: (input: I) => Promise<unknown>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async (input: I) => {
    setErrors({});
    setBusy(true);
    try {
      await save(input);
    } catch (err) {
      setErrors({ ...fieldErrors(err), form: message(err) });
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run };
}

/** The form's alert, its submit button ("Create …", or "Save …" when editing) and Cancel editing. */
export function FormFooter({
  noun,
  editing,
  busy,
  error,
  onCancel,
}: {
  noun: string;
  editing: boolean;
  busy: boolean;
  error?: string;
  onCancel?: () => void;
}) {
  return (
    <>
      <FormAlert error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {editing ? `Save ${noun}` : `Create ${noun}`}
        </button>
        {editing && onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel editing
          </button>
        ) : null}
      </div>
    </>
  );
}

/** A form's heading that takes focus when the form opens on an existing record (after "Edit"). */
export function FormHeading({
  id,
  editing,
  children,
}: {
  id: string;
  editing: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) ref.current?.focus();
  }, [editing]);
  return (
    <h3 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}

/** A column of a settings list: its header, its cell, and whether it takes two of four on a phone. */
export type Column<T> = { label: string; cell: (row: T) => ReactNode; wide?: boolean };

/**
 * A settings list: a table on a desktop, one card per row on a phone (the first column across the
 * top, the rest labelled, the actions across the bottom).
 */
export function SettingsTable<T extends { id: string }>({
  caption,
  columns,
  rows,
  actions,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  /** Each row's buttons, in a last column; a read-only list has none. */
  actions?: (row: T) => ReactNode;
}) {
  return (
    <div className="scroll-x">
      <table className="cards-phone">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {[...columns.map((c) => c.label), ...(actions ? ['Actions'] : [])].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c, i) => (
                <td
                  key={c.label}
                  data-label={c.label}
                  className={i === 0 ? 'span-all' : c.wide ? 'span-2' : undefined}
                >
                  {c.cell(row)}
                </td>
              ))}
              {actions ? (
                <td data-label="Actions" className="row actions-cell span-all">
                  {actions(row)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Edit, deactivate (asks first) or activate, delete (asks first), for one row. */
export function RowActions({
  name,
  isActive,
  onEdit,
  deactivate,
  onActivate,
  remove,
}: {
  name: string;
  isActive?: boolean;
  onEdit: () => void;
  deactivate?: { what: string; onConfirm: () => Promise<unknown> };
  onActivate?: () => Promise<unknown>;
  remove: { what: string; confirmLabel: string; onConfirm: () => Promise<unknown> };
}) {
  return (
    <>
      <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit
      </button>
      {deactivate && isActive ? (
        <ConfirmButton
          label={`Deactivate ${name}`}
          text="Deactivate"
          what={deactivate.what}
          confirmLabel="Deactivate"
          onConfirm={deactivate.onConfirm}
        />
      ) : null}
      {onActivate && isActive === false ? (
        <button type="button" aria-label={`Activate ${name}`} onClick={() => onActivate()}>
          Activate
        </button>
      ) : null}
      <ConfirmButton
        label={`Delete ${name}`}
        text="Delete"
        what={remove.what}
        confirmLabel={remove.confirmLabel}
        onConfirm={remove.onConfirm}
      />
    </>
  );
}

/** Comma-separated entries ("US, CA") as a list; empty entries dropped. */
export const splitList = (v: FormDataEntryValue | null): string[] =>
  String(v ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
