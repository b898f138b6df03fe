/** Component tests render the real components with React Native's test renderer (jest-expo). */
module.exports = { preset: 'jest-expo', testMatch: ['<rootDir>/test/**/*.test.tsx'] };
