'use client';
// A combobox over the store's listings: type a name or SKU, pick a variant (see combobox.tsx).
import type { ListingVariant, ProductListing } from '@ventory/sdk';
import { useState } from 'react';
import { useListings } from '@/lib/catalog';
import { type ComboOption, PickCombobox, pickerStatus } from './combobox';
import { money } from './ui';

export type PickedLine = {
  listingId: string;
  productId: string;
  variantId: string;
  sku: string;
  title: string;
  unitPrice: string;
  available: number;
};

const optionsOf = (listings: ProductListing[]): ComboOption<PickedLine>[] =>
  listings.flatMap((l) =>
    l.variants.map((v: ListingVariant) => {
      const title = l.variants.length > 1 ? `${l.title} – ${v.name}` : l.title;
      return {
        key: `${l.id}:${v.id}`,
        label: `${title} (${v.sku}) · ${money(v.price, l.currency)} · ${v.available} available`,
        value: {
          listingId: l.id,
          productId: l.productId,
          variantId: v.id,
          sku: v.sku,
          title,
          unitPrice: v.price,
          available: v.available,
        },
      };
    }),
  );

export function ProductPicker({
  storeId,
  onPick,
  error,
}: {
  storeId: string;
  onPick: (line: PickedLine) => void;
  error?: string;
}) {
  const [text, setText] = useState('');
  const query = new URLSearchParams({ limit: '10', ...(text.trim() ? { q: text.trim() } : {}) });
  const listings = useListings(storeId, query.toString());
  const options = optionsOf((listings.data?.data ?? []) as ProductListing[]);
  return (
    <PickCombobox
      label="Add a product"
      menuLabel="Products"
      placeholder="Search by name or SKU"
      text={text}
      onText={setText}
      options={options}
      status={pickerStatus(listings, options.length)}
      onPick={onPick}
      error={error}
    />
  );
}
