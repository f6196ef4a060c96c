// force timezone to UTC so tests behave the same on every machine
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');
const swc = base.transform['^.+\\.(t|j)sx?$'];

module.exports = {
  projects: [
    {
      // Jest configuration provided by Grafana scaffolding, for the frontend in src/
      ...base,
      displayName: 'frontend',
      rootDir: __dirname,
      // d3-color and friends now ship .mjs entry points that the scaffold's regex does not transform
      transform: { ...base.transform, '^.+\\.mjs$': swc },
      // jsdom gaps for @grafana/ui's Combobox (canvas text measuring, element sizes)
      setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/src/testing/jestSetup.ts'],
    },
    {
      displayName: 'backend',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{backend,common,scripts}/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.proto$': '<rootDir>/scripts/jest/textTransform.js' },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'proto'],
    },
  ],
};
