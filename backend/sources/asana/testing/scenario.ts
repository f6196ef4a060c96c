/** The Asana settings the double's known answers are for (the Go e2e tests use the same). */
import type { AsanaSettings } from '../../../../common/settings';
import { createLogger } from '../../../protocol/logger';
import type { SourceContext } from '../../types';
import { ASANA_TEST_URL } from './asanaDouble';

export const SCENARIO_ASANA: AsanaSettings = {
  enabled: true,
  workspaceGid: '500',
  metricProjects: {
    features_fully_scoped: { projectGid: '1001', rule: 'section', value: 'Scoped' },
    bizsup_completed: { projectGid: '1002', rule: 'completed' },
    prds_generated: { projectGid: '1003', rule: 'tag', value: 'PRD' },
    fsds_generated: { projectGid: '1003', rule: 'tag', value: 'FSD' },
    sprint_velocity: { projectGid: '1004', rule: 'completed' },
    tech_debt_open: { projectGid: '1005', rule: 'completed' },
    incidents_mtd: { projectGid: '1006', rule: 'completed' },
  },
  pointsField: 'Story Points',
  sprintSource: 'section',
  apiUrl: ASANA_TEST_URL,
};

export interface TestTelemetry {
  upstream: number;
  hits: number;
}

export function testContext(now = Date.UTC(2026, 10, 26)): {
  context: SourceContext;
  telemetry: TestTelemetry;
  abort: AbortController;
} {
  const telemetry: TestTelemetry = { upstream: 0, hits: 0 };
  const abort = new AbortController();
  const context: SourceContext = {
    signal: abort.signal,
    now,
    logger: createLogger(() => undefined, 'error'),
    telemetry: {
      upstreamRequest: () => void (telemetry.upstream += 1),
      cacheHit: () => void (telemetry.hits += 1),
    },
  };
  return { context, telemetry, abort };
}
