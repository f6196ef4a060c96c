/**
 * Evaluates a provisioned rule's expression chain (reduce, math, threshold) on the frames its queries
 * returned, the way Grafana's server-side expressions do for our single-label-set results.
 */
import { numericSeries, type FrameJson } from '../dashboards/preview/frameJson';
import { evaluateMath, mathRefs } from './mathExpression';
import type { AlertRule } from './schemas/alertRules';

/** One number (or none) per label set, keyed by the labels' JSON. */
type Values = Map<string, number | null>;

export interface RuleEvaluation {
  state: 'firing' | 'normal' | 'nodata';
  /** Every step's values (first label set), e.g. { B: 3.2, C: 0 }. */
  steps: Record<string, number | null>;
}

const REDUCERS: Record<string, (xs: number[]) => number> = {
  last: (xs) => xs[xs.length - 1],
  mean: (xs) => xs.reduce((a, b) => a + b, 0) / xs.length,
  min: (xs) => Math.min(...xs),
  max: (xs) => Math.max(...xs),
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  count: (xs) => xs.length,
};

const THRESHOLDS: Record<string, (x: number, p: number[]) => boolean> = {
  gt: (x, [a]) => x > a,
  lt: (x, [a]) => x < a,
  gte: (x, [a]) => x >= a,
  lte: (x, [a]) => x <= a,
  within_range: (x, [a, b]) => x > a && x < b,
  outside_range: (x, [a, b]) => x < a || x > b,
};

function str(model: Record<string, unknown>, key: string): string {
  const value = model[key];
  if (typeof value !== 'string') {
    throw new Error(`expression model lacks "${key}"`);
  }
  return value;
}

function reduce(model: Record<string, unknown>, series: ReturnType<typeof numericSeries>): Values {
  const reducer = REDUCERS[str(model, 'reducer')];
  const out: Values = new Map();
  for (const s of series) {
    const xs = s.values.filter((v): v is number => v !== null);
    out.set(JSON.stringify(s.labels), xs.length > 0 ? reducer(xs) : null);
  }
  return out;
}

function threshold(model: Record<string, unknown>, input: Values): Values {
  const conditions = model.conditions as Array<{ evaluator: { type: string; params: number[] } }>;
  const { type, params } = conditions[0].evaluator;
  const out: Values = new Map();
  for (const [key, x] of input) {
    out.set(key, x === null ? null : Number(THRESHOLDS[type](x, params)));
  }
  return out;
}

function math(model: Record<string, unknown>, values: Map<string, Values>): Values {
  const text = str(model, 'expression');
  const inputs = mathRefs(text).map((ref) => [ref, values.get(ref) ?? new Map()] as const);
  const keys = new Set(inputs.flatMap(([, v]) => [...v.keys()]));
  const out: Values = new Map();
  for (const key of keys) {
    const vars: Record<string, number> = {};
    let missing = false;
    for (const [ref, v] of inputs) {
      const x = v.get(key) ?? v.get('{}');
      if (x === null || x === undefined) {
        missing = true;
      } else {
        vars[ref] = x;
      }
    }
    out.set(key, missing ? null : evaluateMath(text, vars));
  }
  return out;
}

/** `framesByRef`: the frames each query refId returned. */
export function evaluateRule(rule: AlertRule, framesByRef: Map<string, FrameJson[]>): RuleEvaluation {
  const series = new Map([...framesByRef].map(([ref, frames]) => [ref, numericSeries(frames)]));
  const values = new Map<string, Values>();
  for (const step of rule.data) {
    if (step.datasourceUid !== '__expr__') {
      continue;
    }
    const type = str(step.model, 'type');
    if (type === 'reduce') {
      values.set(step.refId, reduce(step.model, series.get(str(step.model, 'expression')) ?? []));
    } else if (type === 'threshold') {
      values.set(step.refId, threshold(step.model, values.get(str(step.model, 'expression')) ?? new Map()));
    } else if (type === 'math') {
      values.set(step.refId, math(step.model, values));
    } else {
      throw new Error(`rule ${rule.uid}: expression type "${type}" is not supported by the preview`);
    }
  }
  const steps = Object.fromEntries([...values].map(([ref, v]) => [ref, [...v.values()][0] ?? null]));
  const condition = [...(values.get(rule.condition)?.values() ?? [])].filter((v): v is number => v !== null);
  if (condition.length === 0) {
    return { state: 'nodata', steps };
  }
  return { state: condition.some((v) => v !== 0) ? 'firing' : 'normal', steps };
}
