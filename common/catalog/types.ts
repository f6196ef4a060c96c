import type { RecordKind } from '../records';

export type Department = 'Engineering' | 'Marketing';
export type Direction = 'higher_is_better' | 'lower_is_better';
export type TargetPeriod = 'day' | 'week' | 'month' | 'quarter' | 'sprint' | 'period';
export type Tier = 'elite' | 'high' | 'medium' | 'low';
export type TierPreset = '2021' | '2023' | '2024';

/** Bands are checked in order elite → low; the first whose bound admits the value wins. Monotone by construction. */
export interface TierBands {
  /** Values at or better than `elite` are elite, etc. Compared with the metric's direction. */
  elite: number;
  high: number;
  medium: number;
  /** Human text per tier, e.g. "less than one day". */
  labels: Record<Tier, string>;
  /**
   * When set, the bands are rates: the metric's total over the range is divided by the range length in
   * days (or weeks) before classifying, e.g. deployments per week.
   */
  per?: 'day' | 'week';
}

export interface MetricTexts {
  definition: string;
  why: string;
  calculation: string;
  benchmark: string;
  edgeCases: string;
}

export interface MetricTarget {
  value: number;
  period: TargetPeriod;
  /** Amber band: values within this fraction of the target (on the wrong side) are amber, beyond red. */
  warnFraction?: number;
}

export interface CatalogEntry {
  id: string;
  title: string;
  department: Department;
  /** Grouping inside a department: 'primary' | 'secondary' | 'dora' | 'flow' | 'space' | 'planning' | 'web' | 'email' | 'product'. */
  family: string;
  owner: string;
  /** Grafana unit id. */
  unit: string;
  decimals?: number;
  direction: Direction;
  target?: MetricTarget;
  formula: string;
  texts: MetricTexts;
  /** Record kinds the metric needs; used to say "no data: source not set up". */
  needs: RecordKind[];
  /** Record kinds of which at least one must be set up (e.g. PRDs from Asana or Notion). */
  needsAny?: RecordKind[];
  /** Filters and groupings the metric supports. */
  dimensions: Array<'repo' | 'team' | 'person' | 'project' | 'environment' | 'service' | 'device' | 'channel' | 'campaign' | 'category'>;
  /** DORA tier presets, where they apply. */
  tiers?: Partial<Record<TierPreset, TierBands>>;
}
