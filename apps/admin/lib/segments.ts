'use client';
// Customer segments (rules, live preview, members) and the loyalty rule of the current store.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { List, ResponseBody } from '@ventory/sdk';
import { useSession } from './session';

// The shapes the API documents (generated into the SDK), not copies of its schemas.
export type Segment = ResponseBody<'/api/stores/{storeId}/segments/{id}', 'get'>;
export type SegmentRules = Segment['rules'];
export type SegmentPreview = ResponseBody<'/api/stores/{storeId}/segments/preview', 'post'>;
export type Member = ResponseBody<'/api/stores/{storeId}/segments/{id}/members', 'get'>['data'][number];
export type LoyaltyProgram = ResponseBody<'/api/stores/{storeId}/loyalty', 'get'>;

const base = (storeId: string) => `/api/stores/${storeId}/segments`;

export function useSegments(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['segments', storeId],
    queryFn: () => client.call<List<Segment>>('GET', base(storeId)),
    enabled: !!storeId,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['segments', storeId] });
  const save = useMutation({
    mutationFn: ({ id, input }: { id?: string; input: { name: string; rules: SegmentRules } }) =>
      id
        ? client.call<Segment>('PUT', `${base(storeId)}/${id}`, input)
        : client.call<Segment>('POST', base(storeId), input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.call('DELETE', `${base(storeId)}/${id}`),
    onSuccess: refresh,
  });
  return { list, save, remove };
}

/** The live count of rules being edited; `rules` is already debounced by the caller. */
export function useSegmentPreview(storeId: string, rules: SegmentRules) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['segments', storeId, 'preview', rules],
    queryFn: () => client.call<SegmentPreview>('POST', `${base(storeId)}/preview`, { rules }),
    enabled: !!storeId,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSegmentMembers(storeId: string, id: string, offset: number, limit = 25) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['segments', storeId, 'members', id, offset, limit],
    queryFn: () =>
      client.call<List<Member>>('GET', `${base(storeId)}/${id}/members?limit=${limit}&offset=${offset}`),
    enabled: !!storeId && !!id,
    placeholderData: keepPreviousData,
  });
}

export function useLoyaltyProgram(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const key = ['loyalty-program', storeId];
  const program = useQuery({
    queryKey: key,
    queryFn: () => client.call<LoyaltyProgram>('GET', `/api/stores/${storeId}/loyalty`),
    enabled: !!storeId,
  });
  const save = useMutation({
    mutationFn: (input: Partial<LoyaltyProgram>) =>
      client.call<LoyaltyProgram>('PUT', `/api/stores/${storeId}/loyalty`, input),
    onSuccess: (p) => queries.setQueryData(key, p),
  });
  return { program, save };
}
