/** Human text for a catalog target, e.g. "≥ 5 per month" or "≤ 10% over the selected range". */
import type { CatalogEntry, TargetPeriod } from '../../common/catalog/types';

const PERIOD_TEXT: Record<TargetPeriod, string> = {
  day: 'per day',
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter',
  sprint: 'per sprint',
  period: 'over the selected range',
};

const round = (value: number): string => String(Math.round(value * 1000) / 1000);

/** A value in the metric's unit: percentunit as %, durations with their unit. */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'percentunit':
      return `${round(value * 100)}%`;
    case 'h':
    case 'd':
    case 's':
      return `${round(value)} ${unit}`;
    default:
      return round(value);
  }
}

/** "≥ 5 per month", or undefined when the metric has no target. */
export function targetText(entry: CatalogEntry): string | undefined {
  if (!entry.target) {
    return undefined;
  }
  const sign = entry.direction === 'higher_is_better' ? '≥' : '≤';
  return `${sign} ${formatValue(entry.target.value, entry.unit)} ${PERIOD_TEXT[entry.target.period]}`;
}
