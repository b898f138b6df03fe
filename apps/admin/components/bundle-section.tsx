'use client';
// A saved bundle's page section: how many kits can be sold now (the API's figure, from its
// components' stock) and its components, edited and saved as one list.
import { useQueryClient } from '@tanstack/react-query';
import type { InventoryProduct } from '@ventory/sdk';
import { useState } from 'react';
import { itemsOf, type KitLine, linesOf, useComponents, withoutKitErrors } from '@/lib/bundles';
import { useSession } from '@/lib/session';
import { BundleItemsEditor } from './bundle-items';
import { fieldErrors, message } from './ui';

/** How often a kit's figures are re-read: they follow other products' stock, which this page does not watch. */
export const KIT_POLL_MS = 5_000;

export function BundleSection({ product }: { product: InventoryProduct }) {
  const { client } = useSession();
  const queries = useQueryClient();
  const components = useComponents(product.bundleItems, KIT_POLL_MS);
  const saved = linesOf(product.bundleItems, components.data ?? []);
  const [lines, setLines] = useState<KitLine[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // Until the merchant edits, the lines follow the saved kit and its components' live availability.
  const shown = lines ?? saved;
  const save = async () => {
    setErrors({});
    setNote(null);
    try {
      await client.inventory.products.update(product.id, { bundleItems: itemsOf(shown) });
      await queries.invalidateQueries({ queryKey: ['product', product.id] });
      await queries.invalidateQueries({ queryKey: ['products', 'kit-components'] });
      setLines(null);
      setNote({ ok: true, text: 'Kit saved.' });
    } catch (e) {
      setErrors(fieldErrors(e));
      setNote({ ok: false, text: message(e) });
    }
  };
  return (
    <section className="panel" aria-labelledby="kit-h">
      <h2 id="kit-h">Bundle</h2>
      <dl className="figures">
        <div>
          <dt>Kits available</dt>
          <dd data-testid="kit-available">{product.stock.available}</dd>
        </div>
        <div>
          <dt>Kits on hand</dt>
          <dd>{product.stock.onHand}</dd>
        </div>
        <div>
          <dt>Held in carts and orders</dt>
          <dd>{product.stock.reserved + product.stock.allocated}</dd>
        </div>
      </dl>
      <BundleItemsEditor
        lines={shown}
        onChange={(next) => {
          setLines(next);
          setErrors(withoutKitErrors);
        }}
        errors={errors}
      />
      <button type="button" className="primary" onClick={save}>
        Save kit
      </button>
      {note ? (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? 'ok' : 'error'}>
          {note.text}
        </p>
      ) : null}
    </section>
  );
}
