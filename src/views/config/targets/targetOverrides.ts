import type { MetricOverride } from '../../../../common/settings';

export type TargetOverrides = Record<string, MetricOverride>;

/**
 * Returns new overrides with one metric's override patched. Cleared fields (undefined or '') are dropped,
 * and a metric with nothing left is removed, so jsonData only holds real overrides. Inputs are not mutated.
 *
 * @example
 * setOverride({}, 'deploy_frequency', { target: 10 }) // { deploy_frequency: { target: 10 } }
 * setOverride({ deploy_frequency: { target: 10 } }, 'deploy_frequency', { target: undefined }) // {}
 */
export function setOverride(
  overrides: TargetOverrides = {},
  metricId: string,
  patch: Partial<MetricOverride>
): TargetOverrides {
  const merged: MetricOverride = { ...overrides[metricId], ...patch };
  const cleaned = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined && value !== ''));
  const { [metricId]: _previous, ...others } = overrides;
  return Object.keys(cleaned).length > 0 ? { ...others, [metricId]: cleaned } : others;
}
