'use client';
// Turning a stocked product into a kit (its components picked here) or a kit back into a stocked
// product. The API refuses while units are on hand or held in carts and orders, and says so;
// the message shows in the confirmation.
import { useQueryClient } from '@tanstack/react-query';
import type { InventoryProduct, ProductInput } from '@ventory/sdk';
import { useState } from 'react';
import { itemsOf, type KitLine, withoutKitErrors } from '@/lib/bundles';
import { useSession } from '@/lib/session';
import { BundleItemsEditor } from './bundle-items';
import { ConfirmButton, fieldErrors } from './ui';

function useTypeChange(product: InventoryProduct) {
  const { client } = useSession();
  const queries = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = async (input: ProductInput) => {
    setErrors({});
    try {
      await client.inventory.products.update(product.id, input);
    } catch (e) {
      setErrors(fieldErrors(e));
      throw e; // the confirmation shows the API's message and stays open
    }
    await queries.invalidateQueries({ queryKey: ['product', product.id] });
    await queries.invalidateQueries({ queryKey: ['products'] });
  };
  return { errors, setErrors, change };
}

/** On a stocked product with one variant: pick components, then make it a kit. */
export function MakeKit({ product }: { product: InventoryProduct }) {
  const { errors, setErrors, change } = useTypeChange(product);
  const [lines, setLines] = useState<KitLine[]>([]);
  if (product.variants.length !== 1) return null;
  return (
    <details className="panel">
      <summary>Make this a kit</summary>
      <p className="hint">
        A kit is sold from its components’ stock and keeps none of its own. {product.name} keeps its SKU, its
        listings and its history.
      </p>
      <BundleItemsEditor
        lines={lines}
        onChange={(next) => {
          setLines(next);
          setErrors(withoutKitErrors);
        }}
        errors={errors}
      />
      <ConfirmButton
        label="Make it a kit"
        what={`${product.name} will be sold from the components above. It must have no units on hand and none in carts or unshipped orders.`}
        confirmLabel="Make it a kit"
        destructive={false}
        onConfirm={() => change({ type: 'BUNDLE', bundleItems: itemsOf(lines) })}
      />
    </details>
  );
}

/** On a kit: back to a product with stock of its own (starting at none). */
export function UnmakeKit({ product }: { product: InventoryProduct }) {
  const { change } = useTypeChange(product);
  return (
    <ConfirmButton
      label="Stock it as a product"
      what={`${product.name} stops being a kit: its components are no longer used, and it starts with no stock of its own (receive some after). Its SKU, listings and history stay.`}
      confirmLabel="Stock it as a product"
      destructive={false}
      onConfirm={() => change({ type: 'PHYSICAL' })}
    />
  );
}
