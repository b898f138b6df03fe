import { existsSync } from 'node:fs';
import type { ExpoConfig } from 'expo/config';

/**
 * One codebase, one app per store: the store comes from the environment at build time
 * (EXPO_PUBLIC_STORE_DOMAIN), so `STORE=northwind eas build` makes a distinct app with its own
 * name, bundle id, icon and splash. Run-time branding (colours, logo, layout) comes from the
 * store's settings and theme, fetched by the app itself.
 */
const domain = process.env.EXPO_PUBLIC_STORE_DOMAIN ?? 'copperleaf.localhost';
const handle = (process.env.STORE ?? domain.split('.')[0] ?? 'store')
  .replace(/[^a-z0-9]/gi, '')
  .toLowerCase();
const name = process.env.STORE_APP_NAME ?? (handle ? handle[0]?.toUpperCase() + handle.slice(1) : 'Ventory');
const splashColor = process.env.STORE_SPLASH_COLOR ?? '#ffffff';
const asset = (file: string) => `./assets/stores/${handle}/${file}`;
const fallback = (file: string) => `./assets/${file}`;

/** Apple Pay's merchant id, registered with Apple and Stripe for this store's app. */
const appleMerchantId = process.env.EXPO_PUBLIC_APPLE_MERCHANT_ID ?? `merchant.com.ventory.${handle}`;

const pick = (file: string) => (existsSync(asset(file)) ? asset(file) : fallback(file));

const config: ExpoConfig = {
  name,
  slug: `ventory-${handle}`,
  scheme: `ventory-${handle}`,
  version: '0.1.0',
  orientation: 'portrait',
  icon: pick('icon.png'),
  userInterfaceStyle: 'light',
  ios: { bundleIdentifier: `com.ventory.${handle}`, supportsTablet: true },
  android: { package: `com.ventory.${handle}`, adaptiveIcon: { foregroundImage: pick('icon.png') } },
  web: { bundler: 'metro', output: 'single', favicon: pick('icon.png') },
  plugins: [
    'expo-router',
    ['expo-splash-screen', { image: pick('splash.png'), imageWidth: 200, backgroundColor: splashColor }],
    // Apple Pay and Google Pay through Stripe (stores whose payment method is Stripe).
    ['@stripe/stripe-react-native', { merchantIdentifier: appleMerchantId, enableGooglePay: true }],
  ],
  experiments: { typedRoutes: false },
  extra: { storeDomain: domain, storeHandle: handle, appleMerchantId },
};

export default config;
