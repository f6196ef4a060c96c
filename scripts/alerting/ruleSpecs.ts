/**
 * The alert rules that matter, generated from the catalog. Thresholds follow the catalog where it has
 * them (red edge of the target's green/amber/red band, via targetThresholds); the few policy values
 * that are not catalog targets (bug count 10, recovery 1 h, CFR critical 25%, 2× / 50% anomaly rules)
 * are named here.
 */
import type { CatalogEntry } from '../../common/catalog/types';
import { targetThresholds } from '../../backend/plugin/frames/thresholds';
import type { CatalogPicker } from '../dashboards/catalogPicker';
import { formatValue, targetText } from '../dashboards/targetText';
import type { RuleSpec, RuleWindow } from './ruleSpec';

const DAY_S = 86_400;
const days = (n: number, endDaysAgo = 0): RuleWindow => ({
  fromSeconds: n * DAY_S + endDaysAgo * DAY_S,
  toSeconds: endDaysAgo * DAY_S,
});
const PERIOD_DAYS: Partial<Record<string, number>> = { day: 1, week: 7, month: 30, quarter: 90 };

export const BUG_COUNT_MAX = 10;
export const RECOVERY_HOURS_MAX = 1;
export const CFR_CRITICAL = 0.25;
export const SPIKE_FACTOR = 2;
export const DROP_FACTOR = 0.5;

/** The red edge of the catalog target band: below it (higher-is-better) or above it (lower-is-better) is red. */
function redEdge(entry: CatalogEntry): number | undefined {
  if (!entry.target) {
    return undefined;
  }
  const [, amber, last] = targetThresholds(entry.target.value, entry.direction, entry.target.warnFraction).steps;
  // higher-is-better: [red, amber from (1−w)·t, green from t]; lower-is-better: [green, amber from t, red from (1+w)·t]
  const edge = entry.direction === 'higher_is_better' ? amber.value : last.value;
  return edge ?? undefined;
}

/** A primary KPI below half its monthly target over the last half month: behind pace at mid-month. */
function paceRule(entry: CatalogEntry, picker: CatalogPicker): RuleSpec | undefined {
  const periodDays = entry.target ? PERIOD_DAYS[entry.target.period] : undefined;
  if (!entry.target || !periodDays || entry.direction !== 'higher_is_better') {
    picker.warnings.push(
      `Alert rules: primary metric "${entry.id}" has no day/week/month/quarter target to pace against; no pace rule.`
    );
    return undefined;
  }
  const half = entry.target.value / 2;
  return {
    uid: `tm-pace-${entry.id}`.slice(0, 40),
    title: `${entry.title} behind target pace`,
    department: entry.department,
    group: `${entry.department} KPIs`,
    severity: 'warning',
    entry,
    window: days(periodDays / 2),
    condition: { kind: 'threshold', op: 'lt', value: half },
    breach: `below ${formatValue(half, entry.unit)} in the last ${periodDays / 2} days (half of the target ${targetText(entry)})`,
    runbook: `Ask the ${entry.owner} what blocks ${entry.title.toLowerCase()}; check the Engineering dashboard's primary KPIs and the work in progress. Half the period is gone and less than half the target is done.`,
  };
}

export function ruleSpecs(picker: CatalogPicker): RuleSpec[] {
  const ctx = 'Alert rules';
  const specs: RuleSpec[] = [];
  const add = (spec: RuleSpec | undefined) => spec && specs.push(spec);

  for (const entry of picker.family('Engineering', ['primary', 'seed'])) {
    add(paceRule(entry, picker));
  }
  const bugs = picker.one('bug_count_open', ctx);
  if (bugs) {
    add({
      uid: 'tm-bug-count',
      title: 'Open bugs above 10',
      department: 'Engineering',
      group: 'Engineering KPIs',
      severity: 'warning',
      entry: bugs,
      window: days(1),
      condition: { kind: 'threshold', op: 'gt', value: BUG_COUNT_MAX },
      breach: `more than ${BUG_COUNT_MAX} open bugs`,
      runbook:
        'Triage the open bugs with the QA lead: close duplicates, schedule the oldest high-severity ones into the current sprint.',
    });
  }
  const deploys = picker.one('deploy_frequency', ctx);
  const deployEdge = deploys && redEdge(deploys);
  if (deploys && deployEdge !== undefined) {
    add({
      uid: 'tm-deploy-frequency-low',
      title: `Deploy frequency below ${formatValue(deployEdge, deploys.unit)} per week`,
      department: 'Engineering',
      group: 'DORA',
      severity: 'warning',
      entry: deploys,
      window: days(7),
      condition: { kind: 'threshold', op: 'lt', value: deployEdge },
      breach: `fewer than ${formatValue(deployEdge, deploys.unit)} production deployments in the last 7 days`,
      runbook:
        'Look for a blocked pipeline, a release freeze or large batches waiting to merge; the deployments annotation on the Engineering dashboard shows the gaps.',
    });
    add({
      uid: 'tm-deploy-frequency-drop',
      title: 'Deploy frequency dropped more than 50% week over week',
      department: 'Engineering',
      group: 'DORA',
      severity: 'warning',
      entry: deploys,
      window: days(7),
      condition: { kind: 'vsBaseline', op: 'lt', factor: DROP_FACTOR, baseline: days(7, 7) },
      breach: "less than half of the previous 7 days' deployments",
      runbook:
        'Compare this week with last week on the DORA trend panel; check CI health and whether a team stopped shipping.',
    });
  }
  const cfr = picker.one('dora_change_fail_rate', ctx);
  const cfrEdge = cfr && redEdge(cfr);
  if (cfr && cfrEdge !== undefined) {
    add({
      uid: 'tm-cfr-warning',
      title: `Change fail rate above ${formatValue(cfrEdge, cfr.unit)}`,
      department: 'Engineering',
      group: 'DORA',
      severity: 'warning',
      entry: cfr,
      window: days(30),
      condition: { kind: 'band', above: cfrEdge, atMost: CFR_CRITICAL },
      breach: `between ${formatValue(cfrEdge, cfr.unit)} and ${formatValue(CFR_CRITICAL, cfr.unit)} of production deployments failed (30 days)`,
      runbook:
        'Review the failed deployments (incidents annotation): missing tests, risky migrations, large changes. Add a guard to the pipeline step that let them through.',
    });
    add({
      uid: 'tm-cfr-critical',
      title: `Change fail rate above ${formatValue(CFR_CRITICAL, cfr.unit)}`,
      department: 'Engineering',
      group: 'DORA',
      severity: 'critical',
      entry: cfr,
      window: days(30),
      condition: { kind: 'threshold', op: 'gt', value: CFR_CRITICAL },
      breach: `more than ${formatValue(CFR_CRITICAL, cfr.unit)} of production deployments failed (30 days)`,
      runbook:
        'One in four deployments fails: slow down, hold risky releases, and run a review of the last failures with the owning teams today.',
    });
  }
  const recovery = picker.one('dora_recovery_time', ctx);
  if (recovery) {
    add({
      uid: 'tm-recovery-time',
      title: 'Failed deployment recovery time above 1 h',
      department: 'Engineering',
      group: 'DORA',
      severity: 'warning',
      entry: recovery,
      window: days(30),
      condition: { kind: 'threshold', op: 'gt', value: RECOVERY_HOURS_MAX },
      breach: `median recovery above ${RECOVERY_HOURS_MAX} h (30 days; DORA elite is under 1 h)`,
      runbook:
        'Check rollback speed and on-call paging for the slowest recoveries; practise one-click rollback for the services involved.',
    });
  }
  const leadTime = picker.one('dora_lead_time_median', ctx);
  if (leadTime) {
    add({
      uid: 'tm-lead-time-spike',
      title: 'Lead time spiked above 2x its baseline',
      department: 'Engineering',
      group: 'DORA',
      severity: 'warning',
      entry: leadTime,
      window: days(7),
      condition: { kind: 'vsBaseline', op: 'gt', factor: SPIKE_FACTOR, baseline: days(28, 7) },
      breach: 'median lead time of the last 7 days above twice the median of the 4 weeks before',
      runbook:
        'Find where changes wait (flow row: pickup, review, deploy phases); a stuck release branch or review backlog is the usual cause.',
    });
  }
  const openRate = picker.one('email_open_rate', ctx);
  if (openRate?.target) {
    add({
      uid: 'tm-email-open-rate',
      title: `Email open rate below ${formatValue(openRate.target.value, openRate.unit)}`,
      department: 'Marketing',
      group: 'Marketing KPIs',
      severity: 'warning',
      entry: openRate,
      window: days(PERIOD_DAYS[openRate.target.period] ?? 30),
      condition: { kind: 'threshold', op: 'lt', value: openRate.target.value },
      breach: `below the ${targetText(openRate)} target`,
      runbook:
        'Check deliverability (spam placement, bounces), subject lines and list hygiene of the recent campaigns.',
    });
  }
  return specs;
}
