import type { NextConfig } from 'next';

const config: NextConfig = {
  // The SDK is TypeScript source shared with the API and tests; `packages/ui` is shared with the
  // Expo app, written against React Native and drawn here by react-native-web.
  transpilePackages: ['@ventory/sdk', '@ventory/shop-core', '@ventory/ui', 'react-native-web'],
  turbopack: { resolveAlias: { 'react-native': 'react-native-web' } },
  poweredByHeader: false,
  reactStrictMode: true,
  // experimental.inlineCss would save a render-blocking request, but its <style> carries no CSP
  // nonce (the browser test catches the violation), so the stylesheet stays a <link>.
  images: {
    formats: ['image/avif', 'image/webp'],
    // Product images are merchant-provided URLs on any https host.
    remotePatterns: [{ protocol: 'https', hostname: '**' }],
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      { source: '/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
    ];
  },
};

export default config;
