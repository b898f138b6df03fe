'use client';
// Webhook endpoints with their delivery log, API keys and the audit log: the API's notifications
// and access routes, through the SDK's client.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey, ApiKeyInput, AuditLogPage, CreatedApiKey, List, ResponseBody } from '@ventory/sdk';
import { useSession } from './session';

export type { ApiKey, AuditLogPage, CreatedApiKey };

// The shapes the API documents (its OpenAPI document, generated into the SDK), not copies.
export type WebhookEndpoint = ResponseBody<'/api/stores/{storeId}/webhooks/{id}', 'get'>;
export type WebhookDelivery = ResponseBody<
  '/api/stores/{storeId}/webhooks/{id}/deliveries',
  'get'
>['data'][number];
export type WebhookInput = { url: string; events: string[]; description?: string | null };

/** The store's webhook endpoints; create, enable or disable, delete. */
export function useWebhooks(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const base = `/api/stores/${storeId}/webhooks`;
  const key = ['webhooks', storeId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => client.call<List<WebhookEndpoint>>('GET', base),
    enabled: !!storeId,
  });
  const topics = useQuery({
    queryKey: ['webhook-topics'],
    queryFn: () => client.call<{ data: string[] }>('GET', '/api/webhook-topics'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: (input: WebhookInput) => client.call<WebhookEndpoint>('POST', base, input),
    onSuccess: refresh,
  });
  const setActive = useMutation({
    mutationFn: ({ id, isActive }: { id: string; isActive: boolean }) =>
      client.call<WebhookEndpoint>('PUT', `${base}/${id}`, { isActive }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.call<void>('DELETE', `${base}/${id}`),
    onSuccess: refresh,
  });
  return { list, topics, create, setActive, remove };
}

/** One endpoint's delivery log (newest first, polled while open) and retrying a failed one. */
export function useDeliveries(storeId: string, endpointId: string, open: boolean) {
  const { client } = useSession();
  const queries = useQueryClient();
  const base = `/api/stores/${storeId}/webhooks/${endpointId}`;
  const key = ['webhook-deliveries', endpointId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => client.call<List<WebhookDelivery>>('GET', `${base}/deliveries?limit=20`),
    enabled: open,
    refetchInterval: open ? 3000 : false,
  });
  const retry = useMutation({
    mutationFn: (deliveryId: string) =>
      client.call<WebhookDelivery>('POST', `${base}/deliveries/${deliveryId}/retry`),
    onSuccess: () => queries.invalidateQueries({ queryKey: key }),
  });
  return { list, retry };
}

/** The tenant's API keys; create (the secret comes back once) and revoke. */
export function useApiKeys() {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['api-keys'];
  const list = useQuery({
    queryKey: key,
    queryFn: () => client.call<{ data: ApiKey[] }>('GET', '/api/api-keys'),
  });
  const refresh = () => queries.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: (input: ApiKeyInput) => client.apiKeys.create(input),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => client.apiKeys.revoke(id),
    onSuccess: refresh,
  });
  return { list, create, revoke };
}

/** The audit log filtered as the URL says (`user`, `key`, `method`, `date`, `before`). */
export function useAuditLog(filters: {
  user: string;
  apiKey: string;
  method: string;
  date: string;
  before: string;
}) {
  const { client } = useSession();
  const q = new URLSearchParams({ limit: '25' });
  if (filters.user) q.set('userId', filters.user);
  if (filters.apiKey) q.set('apiKeyId', filters.apiKey);
  if (filters.method) q.set('method', filters.method);
  if (filters.date) {
    // One calendar day in the merchant's time zone, as ISO instants.
    const start = new Date(`${filters.date}T00:00:00`);
    q.set('since', start.toISOString());
    q.set('until', new Date(start.getTime() + 86_400_000).toISOString());
  }
  if (filters.before) q.set('before', filters.before);
  return useQuery({
    queryKey: ['audit-log', q.toString()],
    queryFn: () => client.auditLog(`?${q}`),
    placeholderData: (prev) => prev,
  });
}

/** The team, to name who did what in the audit log and to filter by person. */
export function useTeam() {
  const { client } = useSession();
  return useQuery({ queryKey: ['users'], queryFn: () => client.users.list() });
}
