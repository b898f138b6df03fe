'use client';
// The design editor's data: the store's active theme, its draft, a preview token for the frame,
// and the draft/publish/discard calls. Edits are saved to the draft only; shoppers see nothing
// until Publish.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ThemeDesign } from '@ventory/sdk';
import { useSession } from './session';

export const LAYOUTS = {
  headerLayout: { label: 'Header', options: ['classic', 'centered', 'bold'] },
  homeLayout: { label: 'Home page', options: ['classic', 'editorial', 'bold'] },
  productLayout: { label: 'Product page', options: ['classic', 'stacked', 'split'] },
  categoryLayout: { label: 'Category page', options: ['grid', 'list', 'compact'] },
  footerLayout: { label: 'Footer', options: ['classic', 'minimal'] },
  checkoutLayout: { label: 'Checkout', options: ['classic', 'focused'] },
} as const;
export type LayoutKey = keyof typeof LAYOUTS;

export function useThemeDraft(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const themes = useQuery({
    queryKey: ['themes', storeId],
    queryFn: () => client.stores.themes.list(storeId),
    enabled: !!storeId,
  });
  const theme = themes.data?.data.find((t) => t.isActive) ?? themes.data?.data[0] ?? null;
  const themeId = theme?.id ?? '';
  const draft = useQuery({
    queryKey: ['theme-draft', storeId, themeId],
    queryFn: () => client.stores.themes.draft(storeId, themeId),
    enabled: !!themeId,
    refetchOnWindowFocus: false,
  });
  // A fresh token well before the 30-minute expiry.
  const preview = useQuery({
    queryKey: ['theme-preview', storeId, themeId],
    queryFn: () => client.stores.themes.previewToken(storeId, themeId),
    enabled: !!themeId,
    staleTime: 10 * 60_000,
    refetchInterval: 10 * 60_000,
    refetchOnWindowFocus: false,
  });
  const setDraft = (d: Awaited<ReturnType<typeof client.stores.themes.draft>>) =>
    queries.setQueryData(['theme-draft', storeId, themeId], d);
  const save = useMutation({
    mutationFn: (edit: Partial<ThemeDesign>) => client.stores.themes.saveDraft(storeId, themeId, edit),
    onSuccess: setDraft,
  });
  const publish = useMutation({
    mutationFn: () => client.stores.themes.publish(storeId, themeId),
    onSuccess: setDraft,
  });
  const discard = useMutation({
    mutationFn: async () => {
      await client.stores.themes.discardDraft(storeId, themeId);
      return client.stores.themes.draft(storeId, themeId);
    },
    onSuccess: setDraft,
  });
  return { themes, theme, draft, preview, save, publish, discard };
}
