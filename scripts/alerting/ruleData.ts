/**
 * A rule spec as Grafana's query chain: metric query (bucket `period`: one number per series) → reduce
 * (last, dropNN) → threshold; a band adds a math step, a baseline comparison queries two windows and
 * subtracts them in math. Expressions use datasourceUid `__expr__`.
 */
import type { TeamMetricsQueryModel } from '../../common/query';
import { ALERT_DATASOURCE_UID, PLUGIN_ID } from '../dashboards/constants';
import type { RuleSpec, RuleWindow } from './ruleSpec';
import type { AlertQuery } from './schemas/alertRules';

const EXPR = '__expr__';
const EXPR_DATASOURCE = { type: EXPR, uid: EXPR };

export interface RuleData {
  data: AlertQuery[];
  condition: string;
  /** refId of the reduced current value (and of the baseline, for comparisons), for annotations. */
  valueRef: string;
  baselineRef?: string;
}

function metricQuery(refId: string, spec: RuleSpec, window: RuleWindow): AlertQuery {
  const model: TeamMetricsQueryModel & Record<string, unknown> = {
    refId,
    datasource: { type: PLUGIN_ID, uid: ALERT_DATASOURCE_UID },
    queryType: 'metric',
    metric: spec.entry.id,
    bucket: 'period',
    groupBy: 'none',
    comparison: 'none',
    intervalMs: 60_000,
    maxDataPoints: 43_200,
  };
  return {
    refId,
    relativeTimeRange: { from: window.fromSeconds, to: window.toSeconds },
    datasourceUid: ALERT_DATASOURCE_UID,
    model,
  };
}

const expression = (refId: string, model: Record<string, unknown>): AlertQuery => ({
  refId,
  relativeTimeRange: { from: 0, to: 0 },
  datasourceUid: EXPR,
  model: { refId, datasource: EXPR_DATASOURCE, ...model },
});

const reduce = (refId: string, of: string) =>
  expression(refId, { type: 'reduce', expression: of, reducer: 'last', settings: { mode: 'dropNN' } });
const math = (refId: string, text: string) => expression(refId, { type: 'math', expression: text });
const threshold = (refId: string, of: string, type: 'gt' | 'lt', value: number) =>
  expression(refId, { type: 'threshold', expression: of, conditions: [{ evaluator: { type, params: [value] } }] });

export function ruleData(spec: RuleSpec): RuleData {
  const { condition } = spec;
  switch (condition.kind) {
    case 'threshold':
      return {
        data: [
          metricQuery('A', spec, spec.window),
          reduce('B', 'A'),
          threshold('C', 'B', condition.op, condition.value),
        ],
        condition: 'C',
        valueRef: 'B',
      };
    case 'band':
      return {
        data: [
          metricQuery('A', spec, spec.window),
          reduce('B', 'A'),
          math('C', `$B > ${condition.above} && $B <= ${condition.atMost}`),
          threshold('D', 'C', 'gt', 0),
        ],
        condition: 'D',
        valueRef: 'B',
      };
    case 'vsBaseline':
      return {
        data: [
          metricQuery('A', spec, spec.window),
          metricQuery('B', spec, condition.baseline),
          reduce('C', 'A'),
          reduce('D', 'B'),
          math('E', `$C - ${condition.factor} * $D`),
          threshold('F', 'E', condition.op, 0),
        ],
        condition: 'F',
        valueRef: 'C',
        baselineRef: 'D',
      };
  }
}
