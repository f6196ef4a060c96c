import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, ReleaseRecord } from '../../../../common/records';
import { deployedAt } from '../../lib/deployedAt';
import { noDataResult } from '../../lib/noDataResult';
import { productionDeployments } from '../../lib/productionDeployments';
import type { EngineOptions, MetricRequest } from '../../types';
import { countItems } from './countItems';

const DESCRIPTION: Record<EngineOptions['featureReleaseDefinition'], string> = {
  releases: 'published GitHub releases (prereleases excluded)',
  tags: 'distinct tags per repository (prereleases excluded)',
  merged_prs_default_branch: 'pull requests merged to the default branch (reverts excluded)',
  production_deployments: 'successful production deployments',
};

function distinctTags(releases: readonly ReleaseRecord[]): ReleaseRecord[] {
  const byTag = new Map<string, ReleaseRecord>();
  for (const r of releases.filter((x) => !x.prerelease)) {
    const key = `${r.repo}\u0000${r.tag}`;
    const seen = byTag.get(key);
    if (!seen || r.publishedAt < seen.publishedAt) {
      byTag.set(key, r);
    }
  }
  return [...byTag.values()];
}

/**
 * Feature Releases: release events per bucket, where EngineOptions.featureReleaseDefinition picks the
 * events (see DESCRIPTION). "No data" names the source the chosen definition needs.
 *
 * @example featureReleases(records, { ...request, options: { ...options, featureReleaseDefinition: 'tags' } })
 */
export function featureReleases(records: RecordSet, request: MetricRequest): MetricResult {
  const definition = request.options.featureReleaseDefinition;
  let result: MetricResult;
  if (definition === 'releases' || definition === 'tags') {
    if (records.releases === undefined) {
      return noDataResult(request.metricId, 'short', ['releases']);
    }
    const events =
      definition === 'tags'
        ? distinctTags(records.releases)
        : records.releases.filter((r) => r.kind === 'release' && !r.prerelease);
    result = countItems(events, (r) => r.publishedAt, records, request);
  } else if (definition === 'merged_prs_default_branch') {
    if (records.changes === undefined) {
      return noDataResult(request.metricId, 'short', ['changes']);
    }
    const merged = records.changes.filter((c) => c.toDefaultBranch && c.revertOf === undefined);
    result = countItems(merged, (c) => c.mergedAt, records, request);
  } else {
    if (records.deployments === undefined) {
      return noDataResult(request.metricId, 'short', ['deployments']);
    }
    result = countItems(productionDeployments(records.deployments), deployedAt, records, request);
  }
  return { ...result, notices: [{ severity: 'info', text: `Feature Releases counts ${DESCRIPTION[definition]}.` }] };
}
