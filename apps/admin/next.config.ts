import type { NextConfig } from 'next';

const config: NextConfig = {
  // The SDK is TypeScript source shared with the API and tests.
  transpilePackages: ['@ventory/sdk', '@ventory/shop-core'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // The warehouse screen may use the camera (BarcodeDetector) on this origin only.
          { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default config;
