import type { MetricComputer } from '../../types';

const MATCH_ALL = new Set(['*', '$__all']);
const WHY = 'SPACE metrics are reported per team, never per person (Forsgren et al. 2021: individual activity metrics mislead and get gamed).';

/**
 * Wraps a SPACE computer so it never ranks individuals: grouping by person becomes grouping by team (with a
 * warning), and a person filter is refused (no series, an error notice and a noDataReason).
 *
 * @example teamLevel(prsOpened)(records, { ...request, groupBy: 'person' }).series[0].labels // { team: 'payments' }
 */
export function teamLevel(computer: MetricComputer): MetricComputer {
  return (records, request) => {
    const people = (request.filters.person ?? []).filter((p) => !MATCH_ALL.has(p));
    if (people.length > 0) {
      const text = `${WHY} Remove the person filter; filter by team instead.`;
      return { metricId: request.metricId, unit: '', series: [], notices: [{ severity: 'error', text }], noDataReason: text };
    }
    if (request.groupBy !== 'person') {
      return computer(records, request);
    }
    const result = computer(records, { ...request, groupBy: 'team' });
    return { ...result, notices: [...result.notices, { severity: 'warning', text: `${WHY} Grouped by team instead of person.` }] };
  };
}
