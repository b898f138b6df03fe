'use client';
// What a store needs before it can sell: shipping methods, tax rates and payment methods (the
// API's pricing and payments CRUD, through the SDK), and the store's own details.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  List,
  PaymentMethod,
  PaymentMethodInput,
  ShippingMethod,
  ShippingMethodInput,
  Store,
  StoreInput,
  TaxRate,
  TaxRateInput,
} from '@ventory/sdk';
import { useSession } from './session';

export type { PaymentMethod, PaymentMethodInput, ShippingMethod, ShippingMethodInput, TaxRate, TaxRateInput };

/** The rate types a shipping method may use (the API answers `rateCalculationType` as a string). */
export type RateType = NonNullable<ShippingMethodInput['rateCalculationType']>;
export type ShippingSettings = NonNullable<ShippingMethodInput['settings']>;
export type WeightBand = NonNullable<ShippingSettings['bands']>[number];
export type CustomRule = NonNullable<ShippingSettings['rules']>[number];
export type Provider = PaymentMethod['provider'];

/** A shipping method's settings as stored (the response types them as unknown). */
export const shippingSettingsOf = (m: ShippingMethod | null): ShippingSettings =>
  m && typeof m.settings === 'object' && m.settings !== null ? (m.settings as ShippingSettings) : {};

type Resource<T, I> = {
  list: (storeId: string, query?: string) => Promise<List<T>>;
  create: (storeId: string, input: I) => Promise<T>;
  update: (storeId: string, id: string, input: Partial<I>) => Promise<T>;
  delete: (storeId: string, id: string) => Promise<void>;
};

/** List, save (create or update) and delete one of a store's resources, sharing one cache key. */
function useResource<T, I>(name: string, storeId: string, api: Resource<T, I>) {
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: [name, storeId],
    queryFn: () => api.list(storeId, '?limit=100&sort=createdAt'),
    enabled: !!storeId,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: [name, storeId] });
  const save = useMutation({
    mutationFn: ({ id, input }: { id?: string; input: I }) =>
      id ? api.update(storeId, id, input) : api.create(storeId, input),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: Partial<I> }) => api.update(storeId, id, input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(storeId, id),
    onSuccess: refresh,
  });
  return { list, save, update, remove };
}

export function useShippingMethods(storeId: string) {
  const { client } = useSession();
  return useResource<ShippingMethod, ShippingMethodInput>(
    'shipping-methods',
    storeId,
    client.commerce.shippingMethods,
  );
}

export function useTaxRates(storeId: string) {
  const { client } = useSession();
  return useResource<TaxRate, TaxRateInput>('tax-rates', storeId, client.commerce.taxRates);
}

export function usePaymentMethods(storeId: string) {
  const { client } = useSession();
  return useResource<PaymentMethod, PaymentMethodInput>(
    'payment-methods',
    storeId,
    client.commerce.paymentMethods,
  );
}

/** The store's details (name, contact, currency, whether prices include tax). */
export function useStoreDetails(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const store = useQuery({
    queryKey: ['store', storeId],
    queryFn: () => client.stores.get(storeId),
    enabled: !!storeId,
  });
  const save = useMutation({
    mutationFn: (input: StoreInput) => client.stores.update(storeId, input),
    onSuccess: (saved: Store) => {
      queries.setQueryData(['store', storeId], saved);
      return queries.invalidateQueries({ queryKey: ['stores'] });
    },
  });
  return { store, save };
}

/** The first field error at or under `path` ("settings.countries" finds "settings.countries.2"). */
export const errorAt = (errors: Record<string, string>, path: string): string | undefined =>
  errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1] ?? undefined;
