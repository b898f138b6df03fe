import Constants from 'expo-constants';
import { Platform } from 'react-native';

/**
 * Where the app finds its API and store. Build time: EXPO_PUBLIC_API_URL and
 * EXPO_PUBLIC_STORE_DOMAIN (inlined by Expo). On the web a host may also set
 * `window.__VENTORY__ = { apiUrl, storeDomain, storePicker }` in index.html (scripts/serve-web.mjs
 * does), so one web build serves any store and API without rebuilding.
 */
type RuntimeConfig = { apiUrl?: string; storeDomain?: string; storePicker?: boolean };

const runtime: RuntimeConfig =
  Platform.OS === 'web' && typeof window !== 'undefined'
    ? ((window as unknown as { __VENTORY__?: RuntimeConfig }).__VENTORY__ ?? {})
    : {};

export const config = {
  apiUrl: (runtime.apiUrl ?? process.env.EXPO_PUBLIC_API_URL ?? 'http://localhost:4000').replace(/\/$/, ''),
  storeDomain: runtime.storeDomain ?? process.env.EXPO_PUBLIC_STORE_DOMAIN ?? 'copperleaf.localhost',
  /** The development-only store picker (account tab): on in dev builds, or when the host asks. */
  storePicker: __DEV__ || runtime.storePicker === true,
  demoStores: ['copperleaf.localhost', 'northwind.localhost'],
  /** Apple Pay: the merchant id registered with Apple and Stripe (app.config.ts names it). */
  appleMerchantId: String(Constants.expoConfig?.extra?.appleMerchantId ?? ''),
  /** Where the merchant takes payments (ISO 3166 code), which Apple Pay and Google Pay ask for. */
  merchantCountry: process.env.EXPO_PUBLIC_MERCHANT_COUNTRY ?? 'US',
};
