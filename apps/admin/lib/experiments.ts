'use client';
// A/B experiments of the current store: the list, create, start/stop, each one's report, and
// promoting a winning layout into the live theme (which ends the experiment).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Experiment, ExperimentInput } from '@ventory/sdk';
import { LAYOUTS } from './design';
import { useSession } from './session';

/**
 * What the storefront can test (apps/web lib/api/experiments.ts): the experiment key names a theme
 * layout, each variant key one of its layouts; the first variant is the control.
 */
export const TESTABLE = {
  'home-layout': { label: 'Home page layout', themeField: 'homeLayout' },
  'product-layout': { label: 'Product page layout', themeField: 'productLayout' },
} as const;
export type TestableKey = keyof typeof TESTABLE;
export const isTestable = (key: string): key is TestableKey => key in TESTABLE;
export const layoutsOf = (key: TestableKey) => LAYOUTS[TESTABLE[key].themeField].options;

export const GOALS = [
  { value: 'order', label: 'Orders' },
  { value: 'add_to_cart', label: 'Add to cart' },
  { value: 'checkout_started', label: 'Checkout started' },
] as const;

export function useExperiments(storeId: string) {
  const { client } = useSession();
  const queries = useQueryClient();
  const list = useQuery({
    queryKey: ['experiments', storeId],
    queryFn: () => client.analytics.experiments.list(storeId),
    enabled: !!storeId,
  });
  const themes = useQuery({
    queryKey: ['themes', storeId],
    queryFn: () => client.stores.themes.list(storeId),
    enabled: !!storeId,
  });
  const theme = themes.data?.data.find((t) => t.isActive) ?? null;
  const refresh = () => queries.invalidateQueries({ queryKey: ['experiments', storeId] });
  const create = useMutation({
    mutationFn: (input: ExperimentInput) => client.analytics.experiments.create(storeId, input),
    onSuccess: refresh,
  });
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: string; status: Experiment['status'] }) =>
      client.analytics.experiments.update(storeId, id, { status }),
    onSuccess: refresh,
  });
  /** The winner becomes the live theme's layout; the experiment stops, so everyone sees it. */
  const promote = useMutation({
    mutationFn: async ({ experiment, variant }: { experiment: Experiment; variant: string }) => {
      if (!theme || !isTestable(experiment.key))
        throw new Error('This experiment has no theme layout to set.');
      await client.stores.themes.update(storeId, theme.id, {
        [TESTABLE[experiment.key].themeField]: variant,
      });
      await client.analytics.experiments.update(storeId, experiment.id, { status: 'STOPPED' });
    },
    onSuccess: () => {
      refresh();
      queries.invalidateQueries({ queryKey: ['themes', storeId] });
      queries.invalidateQueries({ queryKey: ['experiment-report', storeId] });
    },
  });
  return { list, theme, create, setStatus, promote };
}

export function useExperimentReport(storeId: string, id: string | null) {
  const { client } = useSession();
  return useQuery({
    queryKey: ['experiment-report', storeId, id],
    queryFn: () => client.analytics.experiments.report(storeId, id as string),
    enabled: !!storeId && !!id,
    refetchInterval: 15_000,
  });
}
