import type { MetricResult, SeriesPoint } from '../../../common/metricResult';
import type { SprintRecord } from '../../../common/records';
import { addBuckets } from '../lib/addBuckets';
import { bucketStart } from '../lib/bucketStart';
import { isCalendarBucket } from '../lib/calendarBucket';
import { labelsKey } from '../lib/labelsKey';
import { makeBucketing } from '../lib/makeBucketing';
import type { MetricRequest } from '../types';

export type Run = (request: MetricRequest) => MetricResult;

function sprintHistoryFrom(request: MetricRequest, periods: number, sprints: readonly SprintRecord[]): number {
  const earlier = [...new Set(sprints.map((s) => s.startAt).filter((start) => start < request.from))].sort(
    (a, b) => a - b
  );
  return earlier.length === 0 ? request.from : earlier[Math.max(0, earlier.length - periods)];
}

function periodHistory(run: Run, request: MetricRequest, periods: number): Map<string, SeriesPoint[]> {
  const length = request.to - request.from;
  const history = new Map<string, SeriesPoint[]>();
  for (let k = periods; k >= 1; k--) {
    const from = request.from - k * length;
    const result = run({ ...request, from, to: from + length, comparison: 'none' });
    for (const series of result.series) {
      const key = labelsKey(series.labels);
      history.set(key, [...(history.get(key) ?? []), { time: from, value: series.points[0]?.value ?? null }]);
    }
  }
  return history;
}

/**
 * The `periods` buckets before the request's first bucket, per label set (oldest first): earlier calendar
 * buckets, earlier sprints, or earlier equal-length periods for `period`. Used by baseline and anomaly.
 */
export function historyPoints(
  run: Run,
  request: MetricRequest,
  periods: number,
  sprints: readonly SprintRecord[]
): Map<string, SeriesPoint[]> {
  if (periods <= 0 || !(request.to > request.from)) {
    return new Map();
  }
  if (request.bucket === 'period') {
    return periodHistory(run, request, periods);
  }
  let from: number;
  let firstStart: number;
  if (isCalendarBucket(request.bucket)) {
    firstStart = bucketStart(request.from, request.bucket, request.timezone);
    from = addBuckets(firstStart, -periods, request.bucket, request.timezone);
  } else {
    firstStart = makeBucketing(request, sprints).starts[0] ?? request.from;
    from = sprintHistoryFrom({ ...request, from: firstStart }, periods, sprints);
  }
  if (from >= firstStart) {
    return new Map();
  }
  const extended = run({ ...request, from, to: firstStart, comparison: 'none' });
  return new Map(extended.series.map((s) => [labelsKey(s.labels), s.points.filter((p) => p.time < firstStart)]));
}
