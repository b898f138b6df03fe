'use client';
// For an exchange line: which variant of the same product the customer gets instead (the API
// defaults to the one they bought), with each variant's stock to choose from.
import { useQuery } from '@tanstack/react-query';
import { useSession } from '@/lib/session';
import { Select } from './settings-ui';

/** The product's variants (with stock), shared by the choice and the return's lines. */
function useVariants(productId: string | null) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['inventory-product', productId],
    queryFn: () => client.inventory.products.get(productId ?? ''),
    enabled: !!productId,
    select: (p) => p.variants,
  });
}

/** "Large (TEE-L)": the variant an exchange line ships instead. */
export function VariantName({ productId, variantId }: { productId: string | null; variantId: string }) {
  const v = useVariants(productId).data?.find((x) => x.id === variantId);
  return <>{v ? `${v.name} (${v.sku})` : ''}</>;
}

export function ExchangeVariant({
  productId,
  title,
  current,
  value,
  onChange,
}: {
  productId: string;
  title: string;
  current: string | null;
  value: string;
  onChange: (variantId: string) => void;
}) {
  const others = (useVariants(productId).data ?? []).filter((v) => v.id !== current);
  if (others.length === 0) return null;
  return (
    <Select label={`Exchange for: ${title}`} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">The same item</option>
      {others.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name} ({v.sku}), {v.stock.available} available
        </option>
      ))}
    </Select>
  );
}
