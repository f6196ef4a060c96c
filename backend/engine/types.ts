import type { Bucket, Comparison, GroupByKey, QueryFilters } from '../../common/query';
import type { RecordSet } from '../../common/records';
import type { MetricResult } from '../../common/metricResult';
import type { TierPreset } from '../../common/catalog/types';

/** Everything a metric computation needs besides the records. No clocks, no I/O. */
export interface MetricRequest {
  metricId: string;
  /** Inclusive start, exclusive end, epoch ms. */
  from: number;
  to: number;
  timezone: string;
  bucket: Bucket;
  groupBy: GroupByKey;
  filters: QueryFilters;
  comparison: Comparison;
  baselinePeriods: number;
  /** Data-source level options (deployment/incident definitions, linking rule, tier preset, targets, ...). */
  options: EngineOptions;
}

export interface EngineOptions {
  tierPreset: TierPreset;
  /** Which records define "Feature Releases". */
  featureReleaseDefinition: 'releases' | 'tags' | 'merged_prs_default_branch' | 'production_deployments';
  /** Status name that counts as "scoped" for Features Fully Scoped. */
  scopedStatus: string;
  /** How an incident is linked to the deployment that caused it when no explicit link exists. */
  incidentLinking: 'explicit_only' | 'last_deployment_before' ;
  /** Which instant dates a PRD/FSD: when it was created or when it was completed (default 'completed'). */
  documentDateBasis?: 'created' | 'completed';
  /** Email open rate denominator: delivered (default) or sent emails. */
  openRateDenominator?: 'delivered' | 'sent';
  /** Per-metric target overrides (from data source settings). */
  targets: Record<string, number>;
}

export type MetricComputer = (records: RecordSet, request: MetricRequest) => MetricResult;
