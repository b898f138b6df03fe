'use client';
// Shipping methods: the list; one form to create and edit every field the API takes (rate type,
// price, weight bands or custom rules, free above an amount, zone, delivery estimate, taxable,
// active); deactivate and delete, each asking first.
import { useId, useState } from 'react';
import {
  errorAt,
  type RateType,
  type ShippingMethod,
  type ShippingMethodInput,
  type ShippingSettings,
  shippingSettingsOf,
  useShippingMethods,
} from '@/lib/settings';
import {
  type Column,
  FormFooter,
  FormHeading,
  RowActions,
  Select,
  SettingsTable,
  splitList,
  TextArea,
  useSave,
} from './settings-ui';
import {
  type BandRow,
  BandsEditor,
  bandRows,
  bandsInput,
  type RuleRow,
  RulesEditor,
  ruleRows,
  rulesInput,
} from './shipping-rates';
import { Field, money, States } from './ui';

const RATE_TYPES: Record<RateType, string> = {
  FLAT: 'Flat rate per order',
  ITEM: 'Per item',
  WEIGHT: 'By weight (bands)',
  CUSTOM: 'Custom rules',
};
const isRateType = (v: string): v is RateType => v in RATE_TYPES;

function rateOf(m: ShippingMethod, currency: string) {
  const s = shippingSettingsOf(m);
  if (m.rateCalculationType === 'ITEM') return `${money(m.price, currency)} per item`;
  if (m.rateCalculationType === 'WEIGHT') return `By weight (${s.bands?.length ?? 0} bands)`;
  if (m.rateCalculationType === 'CUSTOM') return `Custom (${s.rules?.length ?? 0} rules)`;
  return money(m.price, currency);
}

function zoneOf(m: ShippingMethod) {
  const s = shippingSettingsOf(m);
  const countries = s.countries?.length ? s.countries.join(', ') : 'Everywhere';
  return s.regions?.length ? `${countries} (${s.regions.join(', ')})` : countries;
}

type Props = { storeId: string; currency: string };

export function ShippingMethods({ storeId, currency }: Props) {
  const s = useShippingMethods(storeId);
  const [editing, setEditing] = useState<ShippingMethod | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [note, setNote] = useState('');
  const open = (m: ShippingMethod | null) => {
    setEditing(m);
    setFormKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="shipping-h" id="shipping" className="settings-section">
      <h2 id="shipping-h">Shipping methods</h2>
      <p className="muted">
        Shoppers pick one at checkout. The store takes orders once it has an active method.
      </p>
      <States query={s.list} empty="No shipping methods yet." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <ShippingTable
            methods={l.data}
            currency={currency}
            onEdit={(m) => {
              setNote('');
              open(m);
            }}
            onActive={async (m, isActive) => {
              await s.update.mutateAsync({ id: m.id, input: { isActive } });
              setNote(`${m.name} ${isActive ? 'activated' : 'deactivated'}.`);
            }}
            onDelete={async (m) => {
              await s.remove.mutateAsync(m.id);
              setNote(`Deleted ${m.name}.`);
              if (editing?.id === m.id) open(null);
            }}
          />
        )}
      </States>
      <p role="status" className="muted">
        {note}
      </p>
      <ShippingMethodForm
        key={formKey}
        method={editing}
        currency={currency}
        onCancel={() => open(null)}
        onSave={async (input) => {
          const saved = await s.save.mutateAsync({ id: editing?.id, input });
          setNote(`${editing ? 'Saved' : 'Created'} ${saved.name}.`);
          open(null);
        }}
      />
    </section>
  );
}

function ShippingTable({
  methods,
  currency,
  onEdit,
  onActive,
  onDelete,
}: {
  methods: ShippingMethod[];
  currency: string;
  onEdit: (m: ShippingMethod) => void;
  onActive: (m: ShippingMethod, isActive: boolean) => Promise<void>;
  onDelete: (m: ShippingMethod) => Promise<void>;
}) {
  const columns: Column<ShippingMethod>[] = [
    { label: 'Name', cell: (m) => m.name },
    { label: 'Rate', cell: (m) => rateOf(m, currency) },
    {
      label: 'Free over',
      cell: (m) => (m.freeAboveAmount ? money(m.freeAboveAmount, currency) : 'Never free'),
    },
    { label: 'Zone', cell: zoneOf },
    {
      label: 'Delivery',
      cell: (m) => (m.estimatedDeliveryDays === null ? '—' : `${m.estimatedDeliveryDays} days`),
    },
    {
      label: 'Status',
      cell: (m) => `${m.isActive ? 'Active' : 'Inactive'}${m.taxable ? ' · taxable' : ''}`,
      wide: true,
    },
  ];
  return (
    <SettingsTable
      caption="Shipping methods"
      columns={columns}
      rows={methods}
      actions={(m) => (
        <RowActions
          name={m.name}
          isActive={m.isActive}
          onEdit={() => onEdit(m)}
          deactivate={{
            what: `Shoppers can no longer choose ${m.name} at checkout. Orders already placed keep it. You can activate it again.`,
            onConfirm: () => onActive(m, false),
          }}
          onActivate={() => onActive(m, true)}
          remove={{
            what: `${m.name} is removed for good. Orders already placed keep their shipping charge.`,
            confirmLabel: 'Delete shipping method',
            onConfirm: () => onDelete(m),
          }}
        />
      )}
    />
  );
}

/** The form's values as the API takes them; settings keys the form does not edit are kept. */
function toInput(
  f: FormData,
  type: RateType,
  settings: ShippingSettings,
  bands: BandRow[],
  rules: RuleRow[],
): ShippingMethodInput {
  const text = (k: string) => String(f.get(k) ?? '').trim();
  return {
    name: text('name'),
    description: text('description') || null,
    rateCalculationType: type,
    ...(type === 'FLAT' || type === 'ITEM' ? { price: text('price') } : {}),
    freeAboveAmount: text('freeAboveAmount') || null,
    estimatedDeliveryDays: text('estimatedDeliveryDays') ? Number(text('estimatedDeliveryDays')) : null,
    isActive: f.get('isActive') === 'on',
    taxable: f.get('taxable') === 'on',
    settings: {
      ...settings,
      countries: splitList(f.get('countries')),
      regions: splitList(f.get('regions')),
      ...(type === 'WEIGHT' ? { bands: bandsInput(bands) } : {}),
      ...(type === 'CUSTOM' ? { rules: rulesInput(rules) } : {}),
    },
  };
}

type FormProps = {
  method: ShippingMethod | null;
  currency: string;
  onSave: (input: ShippingMethodInput) => Promise<void>;
  onCancel: () => void;
};

function ShippingMethodForm({ method, currency, onSave, onCancel }: FormProps) {
  const settings = shippingSettingsOf(method);
  const [type, setType] = useState<RateType>(
    method && isRateType(method.rateCalculationType) ? method.rateCalculationType : 'FLAT',
  );
  const [bands, setBands] = useState(() => bandRows(settings.bands));
  const [rules, setRules] = useState(() => ruleRows(settings.rules));
  const { errors, busy, run } = useSave(onSave);
  const h = useId();
  return (
    <form
      className="panel"
      aria-labelledby={h}
      onSubmit={(e) => {
        e.preventDefault();
        run(toInput(new FormData(e.currentTarget), type, settings, bands, rules));
      }}
    >
      <FormHeading id={h} editing={!!method}>
        {method ? `Edit shipping method ${method.name}` : 'New shipping method'}
      </FormHeading>
      <PriceFields method={method} currency={currency} type={type} setType={setType} errors={errors} />
      {type === 'WEIGHT' ? <BandsEditor rows={bands} onChange={setBands} errors={errors} /> : null}
      {type === 'CUSTOM' ? <RulesEditor rows={rules} onChange={setRules} errors={errors} /> : null}
      <ZoneFields method={method} errors={errors} />
      <FormFooter
        noun="shipping method"
        editing={!!method}
        busy={busy}
        error={errors.form}
        onCancel={onCancel}
      />
    </form>
  );
}

type FieldsProps = { method: ShippingMethod | null; errors: Record<string, string> };

/** Name, how the price is worked out, the price, free over, delivery estimate. */
function PriceFields({
  method,
  currency,
  type,
  setType,
  errors,
}: FieldsProps & { currency: string; type: RateType; setType: (t: RateType) => void }) {
  return (
    <div className="grid2">
      <Field label="Name" name="name" required defaultValue={method?.name} error={errors.name} />
      <Select
        label="Rate type"
        value={type}
        onChange={(e) => isRateType(e.target.value) && setType(e.target.value)}
        error={errors.rateCalculationType}
      >
        {Object.entries(RATE_TYPES).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {type === 'FLAT' || type === 'ITEM' ? (
        <Field
          label={`${type === 'ITEM' ? 'Price per item' : 'Price'} (${currency})`}
          name="price"
          inputMode="decimal"
          required
          defaultValue={method?.price ?? ''}
          error={errors.price}
        />
      ) : null}
      <Field
        label={`Free over (${currency})`}
        name="freeAboveAmount"
        inputMode="decimal"
        hint="Orders whose goods reach this amount ship free. Empty: never free."
        defaultValue={method?.freeAboveAmount ?? ''}
        error={errors.freeAboveAmount}
      />
      <Field
        label="Delivery estimate (days)"
        name="estimatedDeliveryDays"
        type="number"
        min={0}
        step={1}
        defaultValue={method?.estimatedDeliveryDays ?? ''}
        error={errors.estimatedDeliveryDays}
      />
    </div>
  );
}

/** Where it delivers (countries, regions), the description, active and taxable. */
function ZoneFields({ method, errors }: FieldsProps) {
  const settings = shippingSettingsOf(method);
  return (
    <>
      <div className="grid2">
        <Field
          label="Countries"
          name="countries"
          hint="Two-letter codes, comma-separated (US, CA). Empty: ships everywhere."
          defaultValue={settings.countries?.join(', ') ?? ''}
          error={errorAt(errors, 'settings.countries')}
        />
        <Field
          label="Regions"
          name="regions"
          hint="States or provinces as shoppers type them (CA, NY). Empty: the whole country."
          defaultValue={settings.regions?.join(', ') ?? ''}
          error={errorAt(errors, 'settings.regions')}
        />
      </div>
      <TextArea
        label="Description"
        name="description"
        hint="Optional. The storefront's checkout shows the name, price and delivery estimate."
        defaultValue={method?.description ?? ''}
        error={errors.description}
      />
      <div className="row">
        <label className="check">
          <input type="checkbox" name="isActive" defaultChecked={method?.isActive ?? true} /> Active
        </label>
        <label className="check">
          <input type="checkbox" name="taxable" defaultChecked={method?.taxable ?? true} /> Taxable (tax rates
          that apply to shipping are charged on it)
        </label>
      </div>
    </>
  );
}
