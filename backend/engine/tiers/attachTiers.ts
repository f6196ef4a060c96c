import type { CatalogEntry, Tier } from '../../../common/catalog/types';
import type { MetricResult, Notice, Table } from '../../../common/metricResult';
import { classifyTier } from '../lib/classifyTier';
import { rangeRate } from '../lib/rangeRate';
import type { MetricRequest } from '../types';
import type { Run } from '../comparisons/historyPoints';

function formatValue(value: number, unit: string, per: 'day' | 'week' | undefined): string {
  if (per) {
    return `${value.toFixed(2)} per ${per}`;
  }
  return unit === 'percentunit' ? `${(value * 100).toFixed(1)}%` : `${value.toFixed(1)} ${unit}`;
}

const TIER_NAMES: Record<Tier, string> = { elite: 'Elite', high: 'High', medium: 'Medium', low: 'Low' };

/**
 * Classifies the whole-range value of each series under the entry's tier preset and attaches a `tiers`
 * table (metric, value, tier, preset, and the group when grouped); ungrouped, also an info notice.
 * Entries without bands for the preset (e.g. rework rate) are returned unchanged.
 */
export function attachTiers(result: MetricResult, entry: CatalogEntry, request: MetricRequest, run: Run): MetricResult {
  const preset = request.options.tierPreset;
  const bands = entry.tiers?.[preset];
  if (!bands || result.noDataReason !== undefined) {
    return result;
  }
  const whole =
    request.bucket === 'period' && request.comparison === 'none'
      ? result
      : run({ ...request, bucket: 'period', comparison: 'none' });
  const grouped = request.groupBy !== 'none';
  const table: Table = {
    name: 'tiers',
    columns: [
      { name: 'metric', type: 'string' },
      { name: 'value', type: 'number', unit: bands.per ? 'short' : entry.unit },
      { name: 'tier', type: 'string' },
      { name: 'preset', type: 'string' },
      ...(grouped ? [{ name: request.groupBy, type: 'string' as const }] : []),
    ],
    rows: [],
  };
  const notices: Notice[] = [];
  for (const series of whole.series) {
    const total = series.points[0]?.value ?? null;
    const value = bands.per ? rangeRate(total, request.from, request.to, bands.per) : total;
    const tier = classifyTier(value, bands, entry.direction);
    table.rows.push([
      entry.id,
      value,
      tier === null ? null : TIER_NAMES[tier],
      `DORA ${preset}`,
      ...(grouped ? [series.labels[request.groupBy] ?? ''] : []),
    ]);
    if (!grouped && tier !== null && value !== null) {
      const shown = formatValue(value, entry.unit, bands.per);
      notices.push({
        severity: 'info',
        text: `DORA ${preset} tier: ${TIER_NAMES[tier]} (${bands.labels[tier]}; value ${shown}).`,
      });
    }
  }
  return { ...result, tables: [...(result.tables ?? []), table], notices: [...result.notices, ...notices] };
}
