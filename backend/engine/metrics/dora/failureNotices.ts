import type { Notice } from '../../../../common/metricResult';
import type { MetricRequest } from '../../types';
import type { FailureAnalysis } from './deploymentFailures';

/** Notices shared by change fail rate and recovery time: missing incident source, unlinked incidents in range. */
export function failureNotices(analysis: FailureAnalysis, request: MetricRequest): Notice[] {
  const notices: Notice[] = [];
  if (analysis.withoutIncidents) {
    notices.push({
      severity: 'info',
      text: 'Incidents are not set up: failures are detected from rollbacks and reverts only.',
    });
  }
  const unlinked = analysis.incidentLinks.unlinked.filter(
    (i) => i.openedAt >= request.from && i.openedAt < request.to
  ).length;
  if (unlinked > 0) {
    notices.push({
      severity: 'info',
      text: `${unlinked} incident(s) in range have no linked production deployment and are not counted as change failures.`,
    });
  }
  return notices;
}
