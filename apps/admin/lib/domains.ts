'use client';
// A store's hostnames: list, add a custom one, verify it (DNS TXT or HTTP token), remove it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@ventory/sdk';
import { useSession } from './session';

/** The reasons a `422 DOMAIN_NOT_VERIFIED` gives (what each check found), as sentences. */
export function verifyReasons(e: unknown): string[] {
  if (!(e instanceof ApiError)) return [];
  const reasons = (e.problem as { reasons?: unknown }).reasons;
  if (Array.isArray(reasons)) return reasons.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));
  if (reasons && typeof reasons === 'object')
    return Object.entries(reasons).map(
      ([k, v]) => `${k.toUpperCase()}: ${typeof v === 'string' ? v : JSON.stringify(v)}`,
    );
  return [];
}

export function useDomains(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['domains', storeId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => client.stores.domains.list(storeId),
    enabled: !!storeId,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: key });
  const add = useMutation({
    mutationFn: (hostname: string) => client.stores.domains.add(storeId, hostname),
    onSuccess: refresh,
  });
  const verify = useMutation({
    mutationFn: (hostname: string) => client.stores.domains.verify(storeId, hostname),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (hostname: string) => client.stores.domains.remove(storeId, hostname),
    onSuccess: refresh,
  });
  return { list, add, verify, remove };
}
