'use client';
// Tax rates: the list; one form to create and edit every field (where: country, region, postal
// prefix; what: tax category, shipping; how: rate, compound, priority); delete, asking first.
import { useId, useState } from 'react';
import { type TaxRate, type TaxRateInput, useTaxRates } from '@/lib/settings';
import { type Column, FormFooter, FormHeading, SettingsTable, useSave } from './settings-ui';
import { ConfirmButton, Field, States } from './ui';

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
  const { errors, busy, run } = useSave(onSave);
  const h = useId();
  return (
    <form
      className="panel"
      aria-labelledby={h}
      onSubmit={(e) => {
        e.preventDefault();
        run(toInput(new FormData(e.currentTarget)));
      }}
    >
      <FormHeading id={h} editing={!!rate}>
        {rate ? `Edit tax rate ${rate.name}` : 'New tax rate'}
      </FormHeading>
      <div className="grid2">
        {FIELDS.map(({ name, label, hint, initial, ...input }) => (
          <Field
            key={name}
            label={label}
            name={name}
            hint={hint}
            defaultValue={initial(rate)}
            error={errors[name]}
            {...input}
          />
        ))}
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
      <FormFooter noun="tax rate" editing={!!rate} busy={busy} error={errors.form} onCancel={onCancel} />
    </form>
  );
}

type FieldSpec = {
  name: keyof TaxRateInput;
  label: string;
  hint: string;
  initial: (r: TaxRate | null) => string | number;
} & React.InputHTMLAttributes<HTMLInputElement>;

const FIELDS: FieldSpec[] = [
  {
    name: 'name',
    label: 'Name',
    hint: 'To tell rates apart, e.g. “NY sales tax”.',
    initial: (r) => r?.name ?? '',
    required: true,
  },
  {
    name: 'rate',
    label: 'Rate (%)',
    hint: 'A percentage: 8.875 for 8.875 %.',
    initial: (r) => r?.rate ?? '',
    required: true,
    inputMode: 'decimal',
  },
  {
    name: 'country',
    label: 'Country',
    hint: 'Two-letter code, e.g. US.',
    initial: (r) => r?.country ?? '',
    required: true,
    maxLength: 2,
  },
  {
    name: 'region',
    label: 'Region',
    hint: 'State or province as shoppers type it (NY). Empty: the whole country.',
    initial: (r) => r?.region ?? '',
  },
  {
    name: 'postalPrefix',
    label: 'Postal code prefix',
    hint: 'Only postal codes starting with this. Empty: all.',
    initial: (r) => r?.postalPrefix ?? '',
  },
  {
    name: 'taxCategory',
    label: 'Tax category',
    hint: 'Only products of this tax category. Empty: products whose category has no rate of its own.',
    initial: (r) => r?.taxCategory ?? '',
  },
  {
    name: 'priority',
    label: 'Priority',
    hint: 'Lower applies first (matters for compound rates).',
    initial: (r) => r?.priority ?? 0,
    type: 'number',
    min: 0,
    max: 1000,
    step: 1,
  },
];
