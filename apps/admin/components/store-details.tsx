'use client';
// The store's own details: name, contact, currency, and whether its prices include tax
// (`settings.pricesIncludeTax`, which pricing reads). Saved with PUT /api/stores/:id.
import type { Store, StoreInput } from '@ventory/sdk';
import { useId, useState } from 'react';
import { useStoreDetails } from '@/lib/settings';
import { FormAlert, Select, useSave } from './settings-ui';
import { Field, States } from './ui';

const CURRENCIES: string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP'];

export function StoreDetails({ storeId }: { storeId: string }) {
  const { store, save } = useStoreDetails(storeId);
  return (
    <section aria-labelledby="store-h" id="store" className="settings-section">
      <h2 id="store-h">Store details</h2>
      <States query={store} empty="">
        {(s) => <StoreForm key={s.id} store={s} onSave={(input) => save.mutateAsync(input)} />}
      </States>
    </section>
  );
}

function StoreForm({ store, onSave }: { store: Store; onSave: (input: StoreInput) => Promise<Store> }) {
  const [note, setNote] = useState('');
  const { errors, busy, run } = useSave(async (input: StoreInput) => {
    setNote('');
    await onSave(input);
    setNote('Store details saved.');
  });
  const h = useId();
  return (
    <form
      className="panel"
      aria-labelledby={h}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const text = (k: string) => String(f.get(k) ?? '').trim();
        run({
          name: text('name'),
          contactEmail: text('contactEmail') || null,
          contactPhone: text('contactPhone') || null,
          currency: text('currency'),
          settings: { ...store.settings, pricesIncludeTax: f.get('pricesIncludeTax') === 'on' },
        });
      }}
    >
      <h3 id={h}>Name, contact and currency</h3>
      <StoreFields store={store} errors={errors} />
      <FormAlert error={errors.form} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save store details
        </button>
      </div>
      <p role="status" className="muted">
        {note}
      </p>
    </form>
  );
}

function StoreFields({ store, errors }: { store: Store; errors: Record<string, string> }) {
  return (
    <>
      <div className="grid2">
        <Field label="Store name" name="name" required defaultValue={store.name} error={errors.name} />
        <Field
          label="Contact email"
          name="contactEmail"
          type="email"
          defaultValue={store.contactEmail ?? ''}
          hint="Shown in the storefront's footer and in order emails."
          error={errors.contactEmail}
        />
        <Field
          label="Contact phone"
          name="contactPhone"
          type="tel"
          defaultValue={store.contactPhone ?? ''}
          error={errors.contactPhone}
        />
        <Select label="Currency" name="currency" defaultValue={store.currency} error={errors.currency}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          name="pricesIncludeTax"
          defaultChecked={store.settings.pricesIncludeTax === true}
        />{' '}
        Prices include tax (tax is taken out of the price shown, not added at checkout)
      </label>
      <p className="muted">Changing the currency does not convert prices: amounts keep their numbers.</p>
    </>
  );
}
