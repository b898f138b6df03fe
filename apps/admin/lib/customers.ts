'use client';
// One customer's profile: the record (with its address book and merchant notes), their orders,
// loyalty points, and the personal-data export and erasure, through the SDK's client.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoyaltyAccount, RequestBody, ResponseBody } from '@ventory/sdk';
import { saveDownload } from './download';
import { useSession } from './session';

// The shapes the API documents (its OpenAPI document, generated into the SDK), not copies.
export type CustomerRecord = ResponseBody<'/api/stores/{storeId}/customers/{id}', 'get'>;
export type CustomerUpdate = RequestBody<'/api/stores/{storeId}/customers/{id}', 'put'>;
export type CustomerAddress = CustomerRecord['addresses'][number];
export type CustomerOrders = ResponseBody<'/api/stores/{storeId}/orders', 'get'>;
export type CustomerOrder = CustomerOrders['data'][number];
export type CustomerExport = ResponseBody<'/api/stores/{storeId}/customers/{id}/export', 'get'>;
export type LedgerLine = LoyaltyAccount['ledger']['data'][number];
export type PointsAdjustment = { points: number; reason: string };

/** How many of a customer's orders the profile lists (newest first). */
export const ORDERS_SHOWN = 25;

/** "Ada Lovelace", or the email when the record has no name (as after erasure). */
export const customerName = (c: Pick<CustomerRecord, 'firstName' | 'lastName' | 'email'>) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email;

/** Erased (GDPR): the record stays, for its orders, with the personal data gone. */
export const isErased = (c: Pick<CustomerRecord, 'erasedAt'>) => c.erasedAt !== null;

const base = (storeId: string, id: string) => `/api/stores/${storeId}/customers/${encodeURIComponent(id)}`;

/** The customer record; saving merchant notes; erasing (anonymising) the customer. */
export function useCustomer(storeId: string, id: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['customer', storeId, id];
  const customer = useQuery({
    queryKey: key,
    queryFn: () => client.call<CustomerRecord>('GET', base(storeId, id)),
    enabled: !!storeId,
  });
  const settle = (c: CustomerRecord) => {
    queries.setQueryData(key, c);
    return queries.invalidateQueries({ queryKey: ['customers', storeId] });
  };
  const update = useMutation({
    mutationFn: (input: CustomerUpdate) => client.call<CustomerRecord>('PUT', base(storeId, id), input),
    onSuccess: settle,
  });
  const erase = useMutation({
    mutationFn: () => client.call<CustomerRecord>('POST', `${base(storeId, id)}/erase`),
    onSuccess: async (c) => {
      await settle(c);
      await queries.invalidateQueries({ queryKey: ['customer-orders', storeId, id] });
    },
  });
  return { customer, update, erase };
}

/** The customer's latest orders, by the orders list's `customerId` filter. */
export function useCustomerOrders(storeId: string, id: string) {
  const { client } = useSession();
  const q = new URLSearchParams({ customerId: id, sort: '-createdAt', limit: String(ORDERS_SHOWN) });
  return useQuery({
    queryKey: ['customer-orders', storeId, id],
    queryFn: () => client.call<CustomerOrders>('GET', `/api/stores/${storeId}/orders?${q}`),
    enabled: !!storeId,
  });
}

/** Points balance and ledger (newest first); adjusting points by hand. */
export function useLoyalty(storeId: string, id: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['customer-loyalty', storeId, id];
  const account = useQuery({
    queryKey: key,
    queryFn: () => client.customers.loyalty(storeId, id),
    enabled: !!storeId,
  });
  const adjust = useMutation({
    mutationFn: (input: PointsAdjustment) => client.customers.adjustPoints(storeId, id, input),
    onSuccess: () => queries.invalidateQueries({ queryKey: key }),
  });
  return { account, adjust };
}

/** Downloads everything held about the customer as a JSON file; answers the file's name. */
export function useExport(storeId: string, id: string) {
  const { client } = useSession();
  return useMutation({
    mutationFn: async () => {
      const filename = `customer-${id}.json`;
      await saveDownload(client, `${base(storeId, id)}/export`, filename, 'application/json');
      return filename;
    },
  });
}
