/** What one generated alert rule checks, before it becomes Grafana's query → reduce → (math) → threshold chain. */
import type { CatalogEntry } from '../../common/catalog/types';
import type { DepartmentName } from '../dashboards/constants';

export type Severity = 'warning' | 'critical';

/** A relative window ending `toSeconds` before the evaluation time (Grafana relativeTimeRange). */
export interface RuleWindow {
  fromSeconds: number;
  toSeconds: number;
}

export type RuleCondition =
  /** The metric's value over `window` compared with a fixed value. */
  | { kind: 'threshold'; op: 'gt' | 'lt'; value: number }
  /** above < value ≤ atMost (a warning band under a critical rule). */
  | { kind: 'band'; above: number; atMost: number }
  /** The value over `window` versus `factor` × its value over `baseline` (spike: gt, drop: lt). */
  | { kind: 'vsBaseline'; op: 'gt' | 'lt'; factor: number; baseline: RuleWindow };

export interface RuleSpec {
  uid: string;
  title: string;
  department: DepartmentName;
  group: string;
  severity: Severity;
  entry: CatalogEntry;
  window: RuleWindow;
  condition: RuleCondition;
  /** Human text of the condition, e.g. "below 3 per week". */
  breach: string;
  /** What to do, shown in the notification. */
  runbook: string;
}
