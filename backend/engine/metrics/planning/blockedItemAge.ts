import type { WorkItemRecord } from '../../../../common/records';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import { MS_PER_DAY } from '../../lib/constants';
import { median } from '../../lib/median';
import { memoize } from '../../lib/memoize';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { isBlockedStatus } from '../flow/_lib/statusNames';
import { workItemColumnsOf } from '../flow/_lib/workItemColumns';

/** A stretch of being blocked: blocked at instants t with since < t ≤ until. */
interface BlockedEpisode {
  since: number;
  until: number;
}

/** The item's blocked episodes, from its status history (sorted), else from blockedSince (current state). */
export function blockedEpisodes(item: WorkItemRecord): BlockedEpisode[] {
  if (item.statusHistory.length === 0) {
    return item.blockedSince === undefined ? [] : [{ since: item.blockedSince, until: Infinity }];
  }
  const history = [...item.statusHistory].sort((a, b) => a.at - b.at);
  return history.flatMap((change, i) =>
    isBlockedStatus(change.to) ? [{ since: change.at, until: i + 1 < history.length ? history[i + 1].at : Infinity }] : []
  );
}

/** Since when the item is blocked at `asOf` (changes at asOf not yet in effect); undefined when not blocked. */
export function blockedSinceAt(item: WorkItemRecord, asOf: number): number | undefined {
  return blockedEpisodes(item).find((e) => e.since < asOf && asOf <= e.until)?.since;
}

/** Each item's blocked episodes. Memoized per items array: shared and read-only. */
const episodesByItem = memoize(
  (items: readonly WorkItemRecord[]): ReadonlyMap<WorkItemRecord, readonly BlockedEpisode[]> =>
    new Map(items.map((item) => [item, blockedEpisodes(item)]))
);

/**
 * Blocked item age: median days that the items blocked at each bucket's end have been blocked (for a single
 * value: as of request.to). Null when nothing is blocked. Source: work items.
 *
 * @example blockedItemAge(records, { ...request, bucket: 'period' }) // [{ time, value: 3.5 }]
 */
export const blockedItemAge: MetricComputer = (records, request) => {
  const candidates = workItemColumnsOf(records.workItems ?? []).everBlocked;
  const episodesOfItem = episodesByItem(candidates);
  const episodes = new WeakMap<readonly WorkItemRecord[], BlockedEpisode[]>();
  const series = buildSnapshotSeries(candidates, {
    bucketing: requestBucketing(records, request),
    groupBy: request.groupBy,
    valueAt: (items, asOf) => {
      let list = episodes.get(items);
      if (!list) {
        list = items.flatMap((item) => episodesOfItem.get(item) ?? []);
        episodes.set(items, list);
      }
      const ages: number[] = [];
      for (const e of list) {
        if (e.since < asOf && asOf <= e.until) {
          ages.push((asOf - e.since) / MS_PER_DAY);
        }
      }
      return median(ages);
    },
  });
  return metricResult(request, 'd', series);
};
