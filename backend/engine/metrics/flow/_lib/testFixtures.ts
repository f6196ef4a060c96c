/** Builders for hand-written metric fixtures (tests only). */
import type { ChangeRecord, DeploymentRecord, ReviewRecord, WorkItemRecord } from '../../../../../common/records';
import { defaultEngineOptions } from '../../../defaultEngineOptions';
import type { MetricRequest } from '../../../types';

export const H = 3_600_000;
export const D = 24 * H;
/** Monday 2026-01-05 00:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5);

export function request(partial: Partial<MetricRequest> = {}): MetricRequest {
  return {
    metricId: 'test',
    from: T0,
    to: T0 + 14 * D,
    timezone: 'UTC',
    bucket: 'week',
    groupBy: 'none',
    filters: {},
    comparison: 'none',
    baselinePeriods: 0,
    options: defaultEngineOptions,
    ...partial,
  };
}

export function change(id: string, partial: Partial<ChangeRecord> = {}): ChangeRecord {
  return {
    id,
    source: 'github',
    repo: 'acme/api',
    number: 1,
    title: id,
    author: 'ada',
    team: 'platform',
    createdAt: T0,
    approvals: [],
    reopenedCount: 0,
    labels: [],
    targetBranch: 'main',
    toDefaultBranch: true,
    ...partial,
  };
}

export function review(id: string, changeId: string, partial: Partial<ReviewRecord> = {}): ReviewRecord {
  return { id, source: 'github', changeId, repo: 'acme/api', reviewer: 'ben', reviewerTeam: 'platform', submittedAt: T0, state: 'commented', commentCount: 0, ...partial };
}

export function deployment(id: string, partial: Partial<DeploymentRecord> = {}): DeploymentRecord {
  return { id, source: 'github', service: 'api', environment: 'production', production: true, startedAt: T0, status: 'success', ...partial };
}

export function workItem(id: string, partial: Partial<WorkItemRecord> = {}): WorkItemRecord {
  return { id, source: 'asana', tracker: 'asana', project: 'P', title: id, type: 'task', status: 'To Do', statusHistory: [], createdAt: T0, tags: [], customFields: {}, ...partial };
}

/** The values of the first series (or of the series with the given label value). */
export function values(result: { series: Array<{ labels: Record<string, string>; points: Array<{ value: number | null }> }> }, label?: string): Array<number | null> {
  const series = label === undefined ? result.series[0] : result.series.find((s) => Object.values(s.labels).includes(label));
  return series ? series.points.map((p) => p.value) : [];
}
