/** The acme/api scenario of testdata/ as data source settings, and a source built on it for tests. */
import type { TeamMetricsJsonData } from '../../../../common/settings';
import { GitHubSource, type GitHubSourceDeps } from '../gitHubSource';

export const SCENARIO_NOW = Date.UTC(2026, 10, 26, 12);
/** The host harness' dashboard range: 2026-10-27 .. 2026-11-26. */
export const SCENARIO_WINDOW = { from: Date.UTC(2026, 9, 27), to: Date.UTC(2026, 10, 26) };

export function scenarioJsonData(overrides: Partial<NonNullable<TeamMetricsJsonData['github']>> = {}): TeamMetricsJsonData {
  return {
    github: {
      enabled: true,
      authType: 'pat',
      repos: ['acme/api', 'acme/missing'],
      teamsFrom: 'mapping',
      teamMapping: { alice: 'payments', bob: 'platform' },
      ...overrides,
    },
  };
}

export function scenarioSource(overrides: Partial<NonNullable<TeamMetricsJsonData['github']>> = {}, deps: GitHubSourceDeps = {}): GitHubSource {
  return new GitHubSource({ jsonData: scenarioJsonData(overrides), secrets: { githubToken: 'ghp_testtoken000000000000000000000000000' } }, { retryAfterBaseMs: 1, ...deps });
}
