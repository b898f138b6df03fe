/**
 * State tests run the real reducers and RTK Query against the real API, which
 * test/support/global-setup.js starts with the demo stores (a fresh database, dropped after).
 * Component tests (jest-expo, React Native's test renderer) live in packages/ui; screen tests
 * here would go in test/ as .test.tsx files (the `components` project).
 */
const base = { preset: 'jest-expo', moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' } };
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'components', testMatch: ['<rootDir>/test/**/*.test.tsx'] },
    // No React Native preset here: its setup swaps the global fetch for Expo's native one.
    {
      displayName: 'state',
      testEnvironment: 'node',
      transform: { '\\.[jt]sx?$': ['babel-jest', { presets: ['babel-preset-expo'] }] },
      moduleNameMapper: base.moduleNameMapper,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
  ],
};
