'use client';
// Owners and admins add a location (warehouse, shop, back room); the API needs `inventory.manage`.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useSession } from '@/lib/session';
import { Field, fieldErrors, message } from './ui';

export function NewLocation({ onDone }: { onDone: (note: string) => void }) {
  const { client } = useSession();
  const queries = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" onClick={() => ref.current?.showModal()}>
        New location
      </button>
      <dialog ref={ref} aria-labelledby={titleId}>
        <h2 id={titleId}>New location</h2>
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const data = new FormData(form);
            const code = String(data.get('code') ?? '').trim();
            setErrors({});
            setBusy(true);
            try {
              const made = await client.inventory.locations.create({
                name: String(data.get('name') ?? ''),
                ...(code ? { code } : {}),
              });
              await queries.invalidateQueries({ queryKey: ['locations'] });
              form.reset();
              ref.current?.close();
              onDone(`Location ${made.name} added.`);
            } catch (err) {
              setErrors({ ...fieldErrors(err), form: message(err) });
            } finally {
              setBusy(false);
            }
          }}
        >
          <Field label="Location name" name="name" required error={errors.name} />
          <Field label="Code (optional)" name="code" error={errors.code} hint="Letters, digits, . _ -" />
          {errors.form ? (
            <p role="alert" className="error">
              {errors.form}
            </p>
          ) : null}
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              Add location
            </button>
            <button type="button" onClick={() => ref.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
