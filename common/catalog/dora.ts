/**
 * DORA software delivery metrics as defined by dora.dev (2024 onwards: five metrics; throughput = lead time,
 * deployment frequency, recovery time; instability = change fail rate, rework rate). Tier presets: ./doraTiers.
 */
import {
  CHANGE_FAIL_RATE_TIERS,
  DEPLOYMENT_DAYS_TIERS,
  DEPLOYMENT_FREQUENCY_TIERS,
  LEAD_TIME_TIERS,
  RECOVERY_TIME_TIERS,
} from './doraTiers';
import type { CatalogEntry } from './types';

const DEFINITION_NOTE =
  'We implement the dora.dev definitions as of the 2024 report (five metrics). A production deployment is a successful deployment to an environment the data source counts as production.';
const PITFALLS =
  'DORA advises against using these as targets or comparing unrelated teams: read them per service and over time. Tiers are cluster descriptions from the DORA reports turned into monotone bands (see the tier preset notes).';

export const DORA_METRICS: CatalogEntry[] = [
  {
    id: 'dora_deployment_frequency',
    title: 'Deployment Frequency (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering Manager',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 5, period: 'week', warnFraction: 0.4 },
    formula: 'count(successful production deployments in bucket)',
    texts: {
      definition: `Number of successful production deployments in each bucket. ${DEFINITION_NOTE}`,
      why: 'Frequent, small deployments lower the risk of each change and shorten feedback loops; it is one of the three DORA throughput metrics.',
      calculation:
        'Counts deployments with status "success" to production environments, placed in the bucket of their finish time (start time when unfinished). Tier classification divides the range total by the range length in weeks.',
      benchmark: `DORA 2024: elite deploy on demand (multiple times per day), high between daily and weekly, medium between weekly and monthly, low between monthly and every six months. ${PITFALLS}`,
      edgeCases:
        'Failed, errored, cancelled and in-progress deployments are excluded (they did not change production; failures show up in change fail rate only when they reached production). Non-production environments are excluded. Buckets without deployments show 0; with no deployment source set up the panel shows "no data", never 0.',
    },
    needs: ['deployments'],
    dimensions: ['repo', 'team', 'service'],
    tiers: DEPLOYMENT_FREQUENCY_TIERS,
  },
  {
    id: 'dora_deployment_days',
    title: 'Deployment Days (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering Manager',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 4, period: 'week', warnFraction: 0.5 },
    formula: 'count(distinct local days with ≥ 1 successful production deployment in bucket)',
    texts: {
      definition: `Number of days (in the dashboard time zone) with at least one successful production deployment. ${DEFINITION_NOTE}`,
      why: 'Counting days rather than deployments stops a burst of redeploys on one day from looking like continuous delivery; it is how DevLake measures deployment frequency.',
      calculation:
        'Takes successful production deployments, maps each finish time to its local calendar day, and counts distinct days per bucket (per group when grouped). Tiers use deployment days per week over the range.',
      benchmark: `Elite ≈ deploying on every working day (≥ 5 deployment days per week); high at least weekly; medium at least monthly. ${PITFALLS}`,
      edgeCases:
        'Days are local days in the query time zone, so a deployment at 23:30 UTC counts on the next day in Berlin. DST days count once. Failed and non-production deployments are excluded. Buckets without deployments show 0.',
    },
    needs: ['deployments'],
    dimensions: ['repo', 'team', 'service'],
    tiers: DEPLOYMENT_DAYS_TIERS,
  },
  {
    id: 'dora_lead_time_median',
    title: 'Change Lead Time, median (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering Manager',
    unit: 'h',
    decimals: 1,
    direction: 'lower_is_better',
    target: { value: 24, period: 'period', warnFraction: 1 },
    formula: 'median(deployedAt − firstCommitAt) over changes first shipped by a production deployment in bucket',
    texts: {
      definition: `Median time from a change's first commit to the successful production deployment that shipped it, in hours. ${DEFINITION_NOTE}`,
      why: 'Short lead times mean fast feedback and the ability to fix things quickly; it is the DORA throughput metric closest to what customers feel.',
      calculation:
        "For each successful production deployment in the bucket and each change it lists as shipped for the first time (changeIds), lead time = deployment finish − the change's first commit (PR creation when the first commit is unknown). A change counts once per service. Median by linear interpolation.",
      benchmark: `DORA 2024: elite less than one day, high one day to one week, medium one week to one month, low one to six months. ${PITFALLS}`,
      edgeCases:
        'Only changes listed on a deployment count — the first production deployment of a service does not swallow the whole history. Revert PRs are excluded (they are remediation, counted by change fail rate). Deployments without change ids are skipped with a notice. Negative durations (clock skew) are dropped. Empty buckets show no value, not 0.',
    },
    needs: ['deployments', 'changes'],
    dimensions: ['repo', 'team', 'service'],
    tiers: LEAD_TIME_TIERS,
  },
  {
    id: 'dora_lead_time_p90',
    title: 'Change Lead Time, p90 (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering Manager',
    unit: 'h',
    decimals: 1,
    direction: 'lower_is_better',
    target: { value: 168, period: 'period', warnFraction: 1 },
    formula: 'p90(deployedAt − firstCommitAt) over changes first shipped by a production deployment in bucket',
    texts: {
      definition: `90th percentile of change lead time (first commit → production deployment), in hours. ${DEFINITION_NOTE}`,
      why: 'The median hides the long tail; p90 shows how long the slowest tenth of changes wait, which is where process problems usually live.',
      calculation: 'Same pairs as the median lead time; 90th percentile by linear interpolation between closest ranks.',
      benchmark:
        'DORA publishes no p90 benchmark; a p90 within one week is a reasonable goal for teams with an elite or high median. Not classified into tiers.',
      edgeCases:
        'Same as the median. With fewer than ten changes the p90 is interpolated between the largest values and moves a lot; read it with the change count.',
    },
    needs: ['deployments', 'changes'],
    dimensions: ['repo', 'team', 'service'],
  },
  {
    id: 'dora_change_fail_rate',
    title: 'Change Fail Rate (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering Manager',
    unit: 'percentunit',
    decimals: 1,
    direction: 'lower_is_better',
    target: { value: 0.1, period: 'period', warnFraction: 0.5 },
    formula: 'failed production deployments / production deployments',
    texts: {
      definition: `Share of production deployments that required immediate intervention: a linked incident, a rollback or a hotfix (a deployed revert of one of its changes). ${DEFINITION_NOTE}`,
      why: 'It is the main DORA instability metric: throughput is only worth having if changes do not break production.',
      calculation:
        "Denominator: successful production deployments in the bucket. Numerator: those with an incident linked to them (explicitly or, when configured, as the last production deployment of the incident's service before it opened), a deployment that rolls them back, or a later deployed PR that reverts one of their changes.",
      benchmark: `DORA 2024 cluster values: elite 5%, high 20%, medium 10%, low 40% (non-monotone; our bands ≤ 5% / ≤ 10% / ≤ 20% / above). 2023: 5 / 10 / 15 / 64%. ${PITFALLS}`,
      edgeCases:
        'Incidents with no linked deployment do not count (reported in a notice). Deployments that failed in the pipeline never reached production and are in neither numerator nor denominator. Without an incident source, failures come from rollbacks and reverts only (noted). Empty buckets show no value.',
    },
    needs: ['deployments'],
    dimensions: ['repo', 'team', 'service'],
    tiers: CHANGE_FAIL_RATE_TIERS,
  },
  {
    id: 'dora_recovery_time',
    title: 'Failed Deployment Recovery Time (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'SRE Lead',
    unit: 'h',
    decimals: 1,
    direction: 'lower_is_better',
    target: { value: 24, period: 'period', warnFraction: 1 },
    formula: 'median(recoveredAt − failed deployment finish) over failed production deployments in bucket',
    texts: {
      definition: `Median time from a failed production deployment to its recovery, in hours. ${DEFINITION_NOTE} Since 2023 DORA counts only failures caused by a change (not, e.g., data-centre outages).`,
      why: 'Failures are inevitable; recovering in minutes rather than days is what separates elite teams (DORA throughput factor since 2024).',
      calculation:
        'Failed deployments as in change fail rate, placed in the bucket of the failed deployment. Recovery = the latest resolution of its linked incidents; without an incident, the next successful production deployment of the same service (the rollback or hotfix). Median by linear interpolation.',
      benchmark: `DORA 2024: elite less than one hour, high and medium less than one day, low one week to one month. ${PITFALLS}`,
      edgeCases:
        'Unresolved failures are left out of the median and counted in a notice. Incidents with no linked deployment are not change failures and are excluded. Empty buckets show no value, not 0.',
    },
    needs: ['deployments'],
    dimensions: ['repo', 'team', 'service'],
    tiers: RECOVERY_TIME_TIERS,
  },
  {
    id: 'dora_rework_rate',
    title: 'Deployment Rework Rate (DORA)',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering Manager',
    unit: 'percentunit',
    decimals: 1,
    direction: 'lower_is_better',
    target: { value: 0.1, period: 'period', warnFraction: 0.5 },
    formula: 'unplanned production deployments / production deployments',
    texts: {
      definition: `Share of production deployments that were unplanned and made because of a production incident (rollbacks, hotfixes, fix-forwards). The fifth DORA metric, added in 2024. ${DEFINITION_NOTE} Not to be confused with "code rework" (recently changed lines) or review rework.`,
      why: 'Unplanned deployments are work the team did not choose; a rising rework rate means quality problems are eating delivery capacity.',
      calculation:
        'Denominator: successful production deployments in the bucket. Numerator: those marked unplanned by the source, or that roll back another deployment.',
      benchmark:
        "DORA publishes no tier values for rework rate (2024 report, p. 13), so none are shown. The 2025 Quick Check benchmarks imply an industry mean of about 22% (our reading, not DORA's statement).",
      edgeCases:
        'A hotfix is recognised only when the source marks the deployment unplanned (e.g. hotfix branch or label) or it is a rollback. Failed and non-production deployments are excluded. Empty buckets show no value.',
    },
    needs: ['deployments'],
    dimensions: ['repo', 'team', 'service'],
  },
];
