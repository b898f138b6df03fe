'use client';
// The components of a bundle (kit): pick variants of other products, set how many go in one kit,
// see how many kits the current stock makes. Field errors come by the API's paths
// (`bundleItems` for the list, `bundleItems.<i>.quantity` or `bundleItems.<i>` for a line).
import type { InventoryProduct } from '@ventory/sdk';
import { useState } from 'react';
import { type KitLine, kitsFrom, useComponentSearch } from '@/lib/bundles';
import { type ComboOption, PickCombobox, pickerStatus } from './combobox';
import { Field } from './ui';

const optionsOf = (products: InventoryProduct[]): ComboOption<KitLine>[] =>
  products.flatMap((p) =>
    p.variants.map((v) => {
      const name = p.variants.length > 1 ? `${p.name} – ${v.name}` : p.name;
      const available = p.type === 'DIGITAL' ? 'digital' : `${v.stock.available} available`;
      return {
        key: v.id,
        label: `${name} (${v.sku}) · ${available}`,
        value: { variantId: v.id, sku: v.sku, name, quantity: '1', available: v.stock.available },
      };
    }),
  );

export function BundleItemsEditor({
  lines,
  onChange,
  errors,
}: {
  lines: KitLine[];
  onChange: (lines: KitLine[]) => void;
  errors: Record<string, string>;
}) {
  const [text, setText] = useState('');
  const search = useComponentSearch(text);
  const options = optionsOf(search.data ?? []).filter((o) => !lines.some((l) => l.variantId === o.key));
  const set = (i: number, patch: Partial<KitLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="panel kit">
      <legend>Kit contents</legend>
      <PickCombobox
        label="Add a component"
        menuLabel="Components"
        placeholder="Search products by name or SKU"
        text={text}
        onText={setText}
        options={options}
        status={pickerStatus(search, options.length)}
        onPick={(line) => onChange([...lines, line])}
        error={errors.bundleItems}
      />
      {lines.length === 0 ? (
        <p className="muted">No components yet: a kit needs at least one.</p>
      ) : (
        <ul className="kit-lines" aria-label="Components">
          {lines.map((l, i) => (
            <li key={l.variantId} className="row">
              <span className="kit-name">
                <strong>{l.name}</strong> <span className="muted">({l.sku})</span>
                <br />
                <span className="muted">{l.available} available</span>
              </span>
              <Field
                label={`Quantity of ${l.sku} per kit`}
                name={`kit-qty-${i}`}
                type="number"
                value={l.quantity}
                onChange={(e) => set(i, { quantity: e.target.value })}
                error={errors[`bundleItems.${i}.quantity`] ?? errors[`bundleItems.${i}`]}
              />
              <div className="field">
                <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>
                  Remove {l.sku}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p role="status" data-testid="kit-preview">
        {lines.length ? `Current stock makes ${kitsFrom(lines)} kits.` : ''}
      </p>
    </fieldset>
  );
}
