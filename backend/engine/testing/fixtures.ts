/** Small record builders for hand-computed metric tests. Only the fields a test cares about need passing. */
import type {
  ChangeRecord,
  DeploymentRecord,
  DocumentRecord,
  IncidentRecord,
  ReleaseRecord,
  SprintRecord,
  WorkItemRecord,
} from '../../../common/records';
import { defaultEngineOptions } from '../defaultEngineOptions';
import type { EngineOptions, MetricRequest } from '../types';

export const utc = Date.UTC;

export function deployment(id: string, at: number, over: Partial<DeploymentRecord> = {}): DeploymentRecord {
  return {
    id,
    source: 'demo',
    service: 'api',
    environment: 'production',
    production: true,
    startedAt: at - 60_000,
    finishedAt: at,
    status: 'success',
    ...over,
  };
}

export function change(id: string, over: Partial<ChangeRecord> = {}): ChangeRecord {
  return {
    id,
    source: 'demo',
    repo: 'acme/api',
    number: 1,
    title: id,
    author: 'ann',
    createdAt: 0,
    approvals: [],
    reopenedCount: 0,
    labels: [],
    targetBranch: 'main',
    toDefaultBranch: true,
    ...over,
  };
}

export function incident(id: string, openedAt: number, over: Partial<IncidentRecord> = {}): IncidentRecord {
  return { id, source: 'demo', title: id, severity: 'high', openedAt, ...over };
}

export function workItem(id: string, over: Partial<WorkItemRecord> = {}): WorkItemRecord {
  return {
    id,
    source: 'asana',
    tracker: 'asana',
    project: 'core',
    title: id,
    type: 'task',
    status: 'Open',
    statusHistory: [],
    createdAt: 0,
    tags: [],
    customFields: {},
    ...over,
  };
}

export function sprint(id: string, startAt: number, endAt: number, over: Partial<SprintRecord> = {}): SprintRecord {
  return {
    id,
    source: 'asana',
    name: id,
    project: 'core',
    startAt,
    endAt,
    plannedItemIds: [],
    addedItemIds: [],
    removedItemIds: [],
    ...over,
  };
}

export function document(id: string, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return { id, source: 'notion', kind: 'prd', title: id, status: 'Done', createdAt: 0, ...over };
}

export function release(id: string, publishedAt: number, over: Partial<ReleaseRecord> = {}): ReleaseRecord {
  return { id, source: 'github', repo: 'acme/api', tag: id, publishedAt, prerelease: false, kind: 'release', ...over };
}

/** Two ISO weeks in UTC: Mon 2 Mar 2026 – Mon 16 Mar 2026. */
export function request(
  over: Partial<Omit<MetricRequest, 'options'>> & { options?: Partial<EngineOptions> } = {}
): MetricRequest {
  const { options, ...rest } = over;
  return {
    metricId: 'test',
    from: utc(2026, 2, 2),
    to: utc(2026, 2, 16),
    timezone: 'UTC',
    bucket: 'week',
    groupBy: 'none',
    filters: {},
    comparison: 'none',
    baselinePeriods: 4,
    ...rest,
    options: { ...defaultEngineOptions, ...options },
  };
}

/** Values of the first series (or of the series with the given labels). */
export function values(
  result: { series: Array<{ labels: Record<string, string>; points: Array<{ value: number | null }> }> },
  labels?: Record<string, string>
): Array<number | null> {
  const series = labels
    ? result.series.find((s) => JSON.stringify(s.labels) === JSON.stringify(labels))
    : result.series[0];
  return series ? series.points.map((p) => (p.value === null ? null : Math.round(p.value * 1e6) / 1e6)) : [];
}
