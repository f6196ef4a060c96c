/** Green/amber/red threshold steps from a metric's target, via the backend's own `targetThresholds`. */
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { CatalogEntry } from '../../common/catalog/types';
import { targetThresholds } from '../../backend/plugin/frames/thresholds';

/** Threshold steps for the metric, or undefined when it has no target. */
export function metricThresholds(entry: CatalogEntry): dashboard.ThresholdsConfigBuilder | undefined {
  if (!entry.target) {
    return undefined;
  }
  const { steps } = targetThresholds(entry.target.value, entry.direction, entry.target.warnFraction);
  return new dashboard.ThresholdsConfigBuilder()
    .mode(dashboard.ThresholdsMode.Absolute)
    .steps(steps.map((s) => ({ value: s.value, color: s.color })));
}
