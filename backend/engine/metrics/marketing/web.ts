import { aggregateMetric, ratioOfSums, sumOf } from '../flow/_lib/aggregateMetric';
import { dimensionOf } from '../../lib/dimensionOf';

const base = { kind: 'webTraffic', instantOf: (r: { date: number }) => r.date, groupOf: dimensionOf } as const;

/** Website sessions: Σ sessions of the GA4 rows dated in each bucket. @example webSessions(records, request) */
export const webSessions = aggregateMetric({
  ...base,
  unit: 'short',
  valueKind: 'count',
  aggregate: sumOf((r) => r.sessions),
});

/**
 * Website users: Σ users of the rows in each bucket. GA4 users are not additive across days or devices, so
 * this over-counts returning users (documented in the catalog). @example webUsers(records, request)
 */
export const webUsers = aggregateMetric({
  ...base,
  unit: 'short',
  valueKind: 'count',
  aggregate: sumOf((r) => r.users),
});

/** Website pageviews: Σ pageviews per bucket. @example webPageviews(records, request) */
export const webPageviews = aggregateMetric({
  ...base,
  unit: 'short',
  valueKind: 'count',
  aggregate: sumOf((r) => r.pageviews),
});

/**
 * Average session duration (seconds), session-weighted: Σ(avgSessionDuration × sessions) / Σ sessions;
 * null when there were no sessions. @example webAvgSessionDuration(records, request) // 121.4
 */
export const webAvgSessionDuration = aggregateMetric({
  ...base,
  unit: 's',
  valueKind: 'ratio',
  aggregate: ratioOfSums(
    (r) => r.avgSessionDuration * r.sessions,
    (r) => r.sessions
  ),
});

/** Pages per session: Σ pageviews / Σ sessions; null without sessions. @example webPagesPerSession(records, request) // 2.7 */
export const webPagesPerSession = aggregateMetric({
  ...base,
  unit: 'short',
  valueKind: 'ratio',
  aggregate: ratioOfSums(
    (r) => r.pageviews,
    (r) => r.sessions
  ),
});
