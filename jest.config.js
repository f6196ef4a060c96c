// force timezone to UTC so tests behave the same on every machine
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');
const swc = base.transform['^.+\\.(t|j)sx?$'];
const BACKEND_ESM_PACKAGES = [
  '@octokit',
  'universal-user-agent',
  'before-after-hook',
  'fast-content-type-parse',
  'json-with-bigint',
  'toad-cache',
  'universal-github-app-jwt',
  'content-type',
  'rettime',
  'until-async',
  '@open-draft/deferred-promise',
];
const swcForNode = [swc[0], { ...swc[1], jsc: { ...swc[1].jsc, target: 'es2022' } }];

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
      // Node runs modern JS: compile to es2022 instead of the scaffold's ES5 default (about 4x faster tests).
      moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'proto'],
      // ESM-only packages (octokit and its helpers) are compiled to CommonJS like our own code.
      transform: {
        '^.+\\.(t|j)sx?$': swcForNode,
        '^.+\\.mjs$': swcForNode,
        '^.+\\.proto$': '<rootDir>/scripts/jest/textTransform.js',
      },
      transformIgnorePatterns: [`/node_modules/(?!(${BACKEND_ESM_PACKAGES.join('|')})/)`],
    },
  ],
};
