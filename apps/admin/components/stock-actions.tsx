'use client';
// Adjust, receive and transfer one variant's stock at one location, each a form in a modal dialog
// that shows the API's problem+json field errors beside the fields they name.
import type { InventoryLocation } from '@ventory/sdk';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useStockRefresh } from '@/lib/inventory';
import { useSession } from '@/lib/session';
import { Field, fieldErrors, message } from './ui';

export type StockTarget = {
  productId: string;
  variantId: string;
  sku: string;
  locationId: string;
  locationName: string;
  onHand: number;
  available: number;
};
export type StockActionKind = 'adjust' | 'receive' | 'transfer';

const TITLES: Record<StockActionKind, string> = {
  adjust: 'Adjust',
  receive: 'Receive',
  transfer: 'Transfer',
};

/** The three buttons of a stock row; their accessible names say which SKU and location. */
export function StockButtons({
  target,
  onOpen,
}: {
  target: StockTarget;
  onOpen: (kind: StockActionKind, target: StockTarget) => void;
}) {
  return (
    <div className="row actions-cell">
      {(Object.keys(TITLES) as StockActionKind[]).map((kind) => (
        <button
          key={kind}
          type="button"
          aria-label={`${TITLES[kind]} ${target.sku} at ${target.locationName}`}
          onClick={() => onOpen(kind, target)}
        >
          {TITLES[kind]}
        </button>
      ))}
    </div>
  );
}

/** The open action's dialog; `onDone` gets a sentence for the page's status line. */
export function StockActionDialog({
  open,
  locations,
  onClose,
  onDone,
}: {
  open: { kind: StockActionKind; target: StockTarget } | null;
  locations: InventoryLocation[];
  onClose: () => void;
  onDone: (note: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
    if (!open && ref.current?.open) ref.current.close();
  }, [open]);
  const t = open?.target;
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose}>
      {open && t ? (
        <>
          <h2 id={titleId}>
            {TITLES[open.kind]} {t.sku} at {t.locationName}
          </h2>
          <p className="muted">
            On hand {t.onHand} · available {t.available}
          </p>
          {open.kind === 'adjust' ? <AdjustForm target={t} onDone={onDone} onCancel={onClose} /> : null}
          {open.kind === 'receive' ? <ReceiveForm target={t} onDone={onDone} onCancel={onClose} /> : null}
          {open.kind === 'transfer' ? (
            <TransferForm target={t} locations={locations} onDone={onDone} onCancel={onClose} />
          ) : null}
        </>
      ) : null}
    </dialog>
  );
}

type FormProps = { target: StockTarget; onDone: (note: string) => void; onCancel: () => void };

/** Submit/cancel row and the form-wide error; runs `send` and maps its problem+json to fields. */
function useStockForm(send: (data: FormData) => Promise<string>, onDone: (note: string) => void) {
  const refresh = useStockRefresh();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setErrors({});
    setBusy(true);
    try {
      const note = await send(new FormData(e.currentTarget));
      await refresh();
      onDone(note);
    } catch (err) {
      setErrors({ ...fieldErrors(err), form: message(err) });
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, busy, submit };
}

function FormEnd({
  label,
  busy,
  error,
  onCancel,
}: {
  label: string;
  busy: boolean;
  error?: string;
  onCancel: () => void;
}) {
  return (
    <>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {label}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function AdjustForm({ target, onDone, onCancel }: FormProps) {
  const { client } = useSession();
  const { errors, busy, submit } = useStockForm(async (data) => {
    const quantity = Number(data.get('quantity'));
    await client.inventory.products.adjust(target.productId, {
      variantId: target.variantId,
      locationId: target.locationId,
      quantity,
      reason: String(data.get('reason') ?? ''),
    });
    return `Adjusted ${target.sku} at ${target.locationName} by ${signed(quantity)}.`;
  }, onDone);
  return (
    <form onSubmit={submit} noValidate>
      <Field
        label="Change (+/−)"
        name="quantity"
        type="number"
        step={1}
        required
        error={errors.quantity}
        hint="Negative numbers remove stock (damage, loss, count correction)."
      />
      <Field label="Reason" name="reason" required error={errors.reason} />
      <FormEnd label="Save adjustment" busy={busy} error={errors.form} onCancel={onCancel} />
    </form>
  );
}

function ReceiveForm({ target, onDone, onCancel }: FormProps) {
  const { client } = useSession();
  const { errors, setErrors, busy, submit } = useStockForm(async (data) => {
    const quantity = Number(data.get('quantity'));
    const reference = String(data.get('reference') ?? '').trim();
    await client.inventory.products.receive(target.productId, {
      variantId: target.variantId,
      locationId: target.locationId,
      quantity,
      reference: reference || undefined,
    });
    return `Received ${quantity} of ${target.sku} at ${target.locationName}.`;
  }, onDone);
  return (
    <form
      onSubmit={(e) => {
        // A receipt only adds stock (the API says so too, but a form need not ask to learn it).
        const q = Number(new FormData(e.currentTarget).get('quantity'));
        if (!(q > 0)) {
          e.preventDefault();
          setErrors({ quantity: 'must be a whole number above zero' });
          return;
        }
        void submit(e);
      }}
      noValidate
    >
      <Field
        label="Quantity received"
        name="quantity"
        type="number"
        min={1}
        step={1}
        required
        error={errors.quantity}
      />
      <Field
        label="Purchase order or delivery note"
        name="reference"
        error={errors.reference}
        hint="Shown as the reference in the ledger."
      />
      <FormEnd label="Receive stock" busy={busy} error={errors.form} onCancel={onCancel} />
    </form>
  );
}

function TransferForm({
  target,
  locations,
  onDone,
  onCancel,
}: FormProps & { locations: InventoryLocation[] }) {
  const { client } = useSession();
  const others = locations.filter((l) => l.id !== target.locationId);
  const { errors, busy, submit } = useStockForm(async (data) => {
    const quantity = Number(data.get('quantity'));
    const to = String(data.get('toLocationId') ?? '');
    const reason = String(data.get('reason') ?? '').trim();
    await client.inventory.transfer({
      fromLocationId: String(data.get('fromLocationId') ?? target.locationId),
      toLocationId: to,
      variantId: target.variantId,
      quantity,
      ...(reason ? { reason } : {}),
    });
    const toName = locations.find((l) => l.id === to)?.name ?? 'the other location';
    return `Moved ${quantity} of ${target.sku} from ${target.locationName} to ${toName}.`;
  }, onDone);
  if (others.length === 0)
    return (
      <>
        <p>There is only one location. Add another one before moving stock.</p>
        <button type="button" onClick={onCancel}>
          Close
        </button>
      </>
    );
  return (
    <form onSubmit={submit} noValidate>
      <Select label="From" name="fromLocationId" value={target.locationId} error={errors.fromLocationId}>
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </Select>
      <Select label="To" name="toLocationId" value={others[0]?.id} error={errors.toLocationId}>
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </Select>
      <Field
        label="Quantity to move"
        name="quantity"
        type="number"
        min={1}
        step={1}
        required
        error={errors.quantity}
      />
      <Field label="Reason (optional)" name="reason" error={errors.reason} />
      {errors.variantId ? <p className="field-error">{errors.variantId}</p> : null}
      <FormEnd label="Move stock" busy={busy} error={errors.form} onCancel={onCancel} />
    </form>
  );
}

/** A labelled select that shows a field error like `Field` does. */
export function Select({
  label,
  name,
  value,
  error,
  children,
}: {
  label: string;
  name: string;
  value?: string;
  error?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
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
