'use client';
// Payment methods: the list; one form to create and edit (provider, name, instructions, capture
// mode, Stripe keys); deactivate and delete, each asking first. Secrets (the Stripe secret key and
// webhook signing secret) are write-only: the API answers them masked and the form never fills them
// in; typing a value sets or replaces one, leaving the field empty keeps what is stored.
import { useId, useState } from 'react';
import {
  type PaymentMethod,
  type PaymentMethodInput,
  type Provider,
  usePaymentMethods,
} from '@/lib/settings';
import {
  type Column,
  FormFooter,
  FormHeading,
  RowActions,
  Select,
  SettingsTable,
  TextArea,
  useSave,
} from './settings-ui';
import { Field, States } from './ui';

const PROVIDERS: Record<Provider, string> = {
  manual: 'Manual (bank transfer, cash on delivery)',
  test: 'Test card gateway (no real money)',
  stripe: 'Stripe',
};
const isProvider = (v: string): v is Provider => v in PROVIDERS;
const SECRETS = [
  ['secretKey', 'Secret key', 'Starts with sk_ or rk_. From the Stripe dashboard, Developers → API keys.'],
  [
    'webhookSecret',
    'Webhook signing secret',
    'Starts with whsec_. Stripe shows it once per webhook endpoint.',
  ],
] as const;

/**
 * What the API answers for a stored secret: "****" and, for a long one, its last 4 characters
 * ("****1234"), never the value. Null when none is stored; else the last 4 or ''.
 */
function storedTail(v: unknown): string | null {
  return typeof v === 'string' && v.startsWith('****') ? v.slice(4) : null;
}

function detailsOf(m: PaymentMethod): string {
  const s = m.settings;
  const parts: string[] = [];
  if (m.provider === 'stripe') {
    parts.push(
      typeof s.publishableKey === 'string' ? `Publishable key ${s.publishableKey}` : 'No publishable key',
    );
    for (const [key, label] of SECRETS)
      parts.push(`${label} ${storedTail(s[key]) === null ? 'not set' : 'set'}`);
  }
  if (m.provider === 'manual') parts.push(m.instructions ? 'With instructions' : 'No instructions');
  if (s.captureMode === 'manual') parts.push('Authorize only');
  return parts.join(' · ') || 'Card payments';
}

export function PaymentMethods({ storeId }: { storeId: string }) {
  const p = usePaymentMethods(storeId);
  const [editing, setEditing] = useState<PaymentMethod | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [note, setNote] = useState('');
  const open = (m: PaymentMethod | null) => {
    setEditing(m);
    setFormKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="payments-h" id="payments" className="settings-section">
      <h2 id="payments-h">Payment methods</h2>
      <p className="muted">How shoppers pay. The store takes orders once it has an active method.</p>
      <States query={p.list} empty="No payment methods yet." isEmpty={(l) => l.total === 0}>
        {(l) => (
          <PaymentTable
            methods={l.data}
            onEdit={(m) => {
              setNote('');
              open(m);
            }}
            onActive={async (m, isActive) => {
              await p.update.mutateAsync({ id: m.id, input: { isActive } });
              setNote(`${m.name} ${isActive ? 'activated' : 'deactivated'}.`);
            }}
            onDelete={async (m) => {
              await p.remove.mutateAsync(m.id);
              setNote(`Deleted ${m.name}.`);
              if (editing?.id === m.id) open(null);
            }}
          />
        )}
      </States>
      <p role="status" className="muted">
        {note}
      </p>
      <PaymentMethodForm
        key={formKey}
        method={editing}
        onCancel={() => open(null)}
        onSave={async (input) => {
          const saved = await p.save.mutateAsync({ id: editing?.id, input });
          setNote(`${editing ? 'Saved' : 'Created'} ${saved.name}.`);
          open(null);
        }}
      />
    </section>
  );
}

function PaymentTable({
  methods,
  onEdit,
  onActive,
  onDelete,
}: {
  methods: PaymentMethod[];
  onEdit: (m: PaymentMethod) => void;
  onActive: (m: PaymentMethod, isActive: boolean) => Promise<void>;
  onDelete: (m: PaymentMethod) => Promise<void>;
}) {
  const columns: Column<PaymentMethod>[] = [
    { label: 'Name', cell: (m) => m.name },
    { label: 'Provider', cell: (m) => m.provider },
    { label: 'Status', cell: (m) => (m.isActive ? 'Active' : 'Inactive') },
    { label: 'Details', cell: detailsOf, wide: true },
  ];
  return (
    <SettingsTable
      caption="Payment methods"
      columns={columns}
      rows={methods}
      actions={(m) => (
        <RowActions
          name={m.name}
          isActive={m.isActive}
          onEdit={() => onEdit(m)}
          deactivate={{
            what: `Shoppers can no longer pay with ${m.name}. Payments already taken are not affected. You can activate it again.`,
            onConfirm: () => onActive(m, false),
          }}
          onActivate={() => onActive(m, true)}
          remove={{
            what: `${m.name} and its stored keys are removed for good. A method that has taken payments cannot be deleted (their refunds go through it): deactivate it instead.`,
            confirmLabel: 'Delete payment method',
            onConfirm: () => onDelete(m),
          }}
        />
      )}
    />
  );
}

/** The form as the API takes it. Secrets go only when typed; an emptied publishable key is removed. */
function toInput(f: FormData, provider: Provider, method: PaymentMethod | null): PaymentMethodInput {
  const text = (k: string) => String(f.get(k) ?? '').trim();
  const settings: Record<string, unknown> = {};
  if (provider !== 'manual') settings.captureMode = text('captureMode') || 'automatic';
  if (provider === 'stripe') {
    const publishable = text('publishableKey');
    if (publishable) settings.publishableKey = publishable;
    else if (method?.settings.publishableKey !== undefined) settings.publishableKey = null;
    for (const [key] of SECRETS) if (text(key)) settings[key] = text(key);
  }
  return {
    name: text('name'),
    provider,
    isActive: f.get('isActive') === 'on',
    instructions: text('instructions') || null,
    settings,
  };
}

type FormProps = {
  method: PaymentMethod | null;
  onSave: (input: PaymentMethodInput) => Promise<void>;
  onCancel: () => void;
};

function PaymentMethodForm({ method, onSave, onCancel }: FormProps) {
  const [provider, setProvider] = useState<Provider>(method?.provider ?? 'test');
  const { errors, busy, run } = useSave(onSave);
  const h = useId();
  return (
    <form
      className="panel"
      aria-labelledby={h}
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        run(toInput(new FormData(e.currentTarget), provider, method));
      }}
    >
      <FormHeading id={h} editing={!!method}>
        {method ? `Edit payment method ${method.name}` : 'New payment method'}
      </FormHeading>
      <div className="grid2">
        <Select
          label="Provider"
          value={provider}
          onChange={(e) => isProvider(e.target.value) && setProvider(e.target.value)}
          error={errors.provider}
        >
          {Object.entries(PROVIDERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Field
          label="Name"
          name="name"
          required
          defaultValue={method?.name}
          hint="What shoppers see at checkout, e.g. “Card”."
          error={errors.name}
        />
        {provider === 'manual' ? null : <CaptureField method={method} errors={errors} />}
      </div>
      {provider === 'stripe' ? <StripeFields method={method} errors={errors} /> : null}
      <TextArea
        label="Instructions for shoppers"
        name="instructions"
        hint={
          provider === 'manual'
            ? 'Shown with the order, e.g. the bank account to pay into and the reference to use.'
            : 'Optional, shown with the order.'
        }
        defaultValue={method?.instructions ?? ''}
        error={errors.instructions}
      />
      <label className="check">
        <input type="checkbox" name="isActive" defaultChecked={method?.isActive ?? true} /> Active
      </label>
      <FormFooter
        noun="payment method"
        editing={!!method}
        busy={busy}
        error={errors.form}
        onCancel={onCancel}
      />
    </form>
  );
}

type FieldsProps = { method: PaymentMethod | null; errors: Record<string, string> };

/** Card gateways: charge at checkout, or only authorize and capture from the order later. */
function CaptureField({ method, errors }: FieldsProps) {
  return (
    <Select
      label="Capture"
      name="captureMode"
      defaultValue={method?.settings.captureMode === 'manual' ? 'manual' : 'automatic'}
      error={errors['settings.captureMode']}
    >
      <option value="automatic">Charge at checkout</option>
      <option value="manual">Authorize only, capture from the order</option>
    </Select>
  );
}

/** Stripe's keys: the publishable key is public and shown; the secrets are typed, never shown. */
function StripeFields({ method, errors }: FieldsProps) {
  const stored = method?.provider === 'stripe' ? method.settings : {};
  return (
    <fieldset className="subform">
      <legend>Stripe keys</legend>
      <div className="grid2">
        <Field
          label="Publishable key"
          name="publishableKey"
          pattern="pk_(test|live)_\w+"
          title="A key starting with pk_test_ or pk_live_"
          defaultValue={typeof stored.publishableKey === 'string' ? stored.publishableKey : ''}
          hint="Starts with pk_test_ or pk_live_. Public: the checkout page loads Stripe with it."
          error={errors['settings.publishableKey']}
        />
        {SECRETS.map(([key, label, hint]) => {
          const tail = storedTail(stored[key]);
          return (
            <Field
              key={key}
              label={label}
              name={key}
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              placeholder={tail === null ? '' : 'Stored (hidden)'}
              hint={
                tail === null
                  ? `${hint} Write-only: once saved it is never shown again.`
                  : `Stored${tail ? ` (ends in ${tail})` : ''}, never shown. Type a new one to replace it; leave empty to keep it.`
              }
              error={errors[`settings.${key}`]}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
