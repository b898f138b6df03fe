'use client';
// Tax rates: the list; one form to create and edit every field (where: country, region, postal
// prefix; what: tax category, shipping; how: rate, compound, priority); delete, asking first.
import { useId, useState } from 'react';
import { type TaxRate, type TaxRateInput, useTaxRates } from '@/lib/settings';
import { type Column, FormAlert, FormHeading, SettingsTable } from './settings-ui';
import { ConfirmButton, Field, fieldErrors, message, States } from './ui';

const whereOf = (r: TaxRate) =>
  [r.country, r.region, r.postalPrefix ? `postal codes ${r.postalPrefix}…` : null]
    .filter(Boolean)
    .join(' · ');

export function TaxRates({ storeId }: { storeId: string }) {
  const t = useTaxRates(storeId);
  const [editing, setEditing] = useState<TaxRate | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [note, setNote] = useState('');
  const open = (r: TaxRate | null) => {
    setEditing(r);
    setFormKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="taxes-h" id="taxes" className="settings-section">
      <h2 id="taxes-h">Tax rates</h2>
      <p className="muted">
        Charged on orders delivered to a matching address. Without a rate, no tax is charged.
      </p>
      <States query={t.list} empty="No tax rates yet." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <TaxTable
            rates={l.data}
            onEdit={(r) => {
              setNote('');
              open(r);
            }}
            onDelete={async (r) => {
              await t.remove.mutateAsync(r.id);
              setNote(`Deleted ${r.name}.`);
              if (editing?.id === r.id) open(null);
            }}
          />
        )}
      </States>
      <p role="status" className="muted">
        {note}
      </p>
      <TaxRateForm
        key={formKey}
        rate={editing}
        onCancel={() => open(null)}
        onSave={async (input) => {
          const saved = await t.save.mutateAsync({ id: editing?.id, input });
          setNote(`${editing ? 'Saved' : 'Created'} ${saved.name}.`);
          open(null);
        }}
      />
    </section>
  );
}

function TaxTable({
  rates,
  onEdit,
  onDelete,
}: {
  rates: TaxRate[];
  onEdit: (r: TaxRate) => void;
  onDelete: (r: TaxRate) => Promise<void>;
}) {
  const columns: Column<TaxRate>[] = [
    { label: 'Name', cell: (r) => r.name },
    { label: 'Rate', cell: (r) => `${r.rate} %${r.compound ? ' (compound)' : ''}` },
    { label: 'Where', cell: whereOf },
    { label: 'Priority', cell: (r) => r.priority },
    { label: 'Category', cell: (r) => r.taxCategory ?? 'All products', wide: true },
    { label: 'Applies to', cell: (r) => (r.appliesToShipping ? 'Goods and shipping' : 'Goods'), wide: true },
  ];
  return (
    <SettingsTable
      caption="Tax rates"
      columns={columns}
      rows={rates}
      actions={(r) => (
        <>
          <button type="button" aria-label={`Edit ${r.name}`} onClick={() => onEdit(r)}>
            Edit
          </button>
          <ConfirmButton
            label={`Delete ${r.name}`}
            text="Delete"
            what={`${r.name} (${r.rate} % in ${whereOf(r)}) is no longer charged on new orders. Orders already placed keep their tax.`}
            confirmLabel="Delete tax rate"
            onConfirm={() => onDelete(r)}
          />
        </>
      )}
    />
  );
}

function toInput(f: FormData): TaxRateInput {
  const text = (k: string) => String(f.get(k) ?? '').trim();
  return {
    name: text('name'),
    country: text('country'),
    region: text('region') || null,
    postalPrefix: text('postalPrefix') || null,
    taxCategory: text('taxCategory') || null,
    rate: text('rate'),
    priority: text('priority') ? Number(text('priority')) : 0,
    appliesToShipping: f.get('appliesToShipping') === 'on',
    compound: f.get('compound') === 'on',
  };
}

type FormProps = {
  rate: TaxRate | null;
  onSave: (input: TaxRateInput) => Promise<void>;
  onCancel: () => void;
};

function TaxRateForm({ rate, onSave, onCancel }: FormProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const h = useId();
  return (
    <form
      className="panel"
      aria-labelledby={h}
      onSubmit={async (e) => {
        e.preventDefault();
        const input = toInput(new FormData(e.currentTarget));
        setErrors({});
        setBusy(true);
        try {
          await onSave(input);
        } catch (err) {
          setErrors({ ...fieldErrors(err), form: message(err) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <FormHeading id={h} editing={!!rate}>
        {rate ? `Edit tax rate ${rate.name}` : 'New tax rate'}
      </FormHeading>
      <TaxFields rate={rate} errors={errors} />
      <FormAlert error={errors.form} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {rate ? 'Save tax rate' : 'Create tax rate'}
        </button>
        {rate ? (
          <button type="button" onClick={onCancel}>
            Cancel editing
          </button>
        ) : null}
      </div>
    </form>
  );
}

function TaxFields({ rate, errors }: { rate: TaxRate | null; errors: Record<string, string> }) {
  return (
    <>
      <div className="grid2">
        <Field
          label="Name"
          name="name"
          required
          defaultValue={rate?.name}
          hint="To tell rates apart, e.g. “NY sales tax”."
          error={errors.name}
        />
        <Field
          label="Rate (%)"
          name="rate"
          inputMode="decimal"
          required
          defaultValue={rate?.rate}
          hint="A percentage: 8.875 for 8.875 %."
          error={errors.rate}
        />
        <Field
          label="Country"
          name="country"
          required
          maxLength={2}
          defaultValue={rate?.country}
          hint="Two-letter code, e.g. US."
          error={errors.country}
        />
        <Field
          label="Region"
          name="region"
          defaultValue={rate?.region ?? ''}
          hint="State or province as shoppers type it (NY). Empty: the whole country."
          error={errors.region}
        />
        <Field
          label="Postal code prefix"
          name="postalPrefix"
          defaultValue={rate?.postalPrefix ?? ''}
          hint="Only postal codes starting with this. Empty: all."
          error={errors.postalPrefix}
        />
        <Field
          label="Tax category"
          name="taxCategory"
          defaultValue={rate?.taxCategory ?? ''}
          hint="Only products of this tax category. Empty: products whose category has no rate of its own."
          error={errors.taxCategory}
        />
        <Field
          label="Priority"
          name="priority"
          type="number"
          min={0}
          max={1000}
          step={1}
          defaultValue={rate?.priority ?? 0}
          hint="Lower applies first (matters for compound rates)."
          error={errors.priority}
        />
      </div>
      <div className="row">
        <label className="check">
          <input type="checkbox" name="appliesToShipping" defaultChecked={rate?.appliesToShipping ?? false} />{' '}
          Also charged on shipping
        </label>
        <label className="check">
          <input type="checkbox" name="compound" defaultChecked={rate?.compound ?? false} /> Compound (charged
          on the price plus the taxes before it)
        </label>
      </div>
    </>
  );
}
