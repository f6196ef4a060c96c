import { CatalogPicker } from '../dashboards/catalogPicker';
import type { FrameJson } from '../dashboards/preview/frameJson';
import { alertRule } from './alertRule';
import { evaluateRule } from './evaluateRule';
import { ruleSpecs } from './ruleSpecs';

const number = (...values: Array<number | null>): FrameJson[] => [
  { schema: { fields: [{ name: 'value', type: 'number' }] }, data: { values: [values] } },
];
const rules = new Map(ruleSpecs(new CatalogPicker()).map((s) => [s.uid, alertRule(s, undefined)]));
const rule = (uid: string) => {
  const r = rules.get(uid);
  if (!r) {
    throw new Error(`no rule ${uid}`);
  }
  return r;
};

describe('evaluateRule', () => {
  it.each([
    ['tm-bug-count', 11, 'firing'],
    ['tm-bug-count', 10, 'normal'],
    ['tm-cfr-warning', 0.25, 'firing'],
    ['tm-cfr-warning', 0.26, 'normal'],
    ['tm-cfr-critical', 0.26, 'firing'],
    ['tm-recovery-time', 0.5, 'normal'],
  ])('%s at %d is %s', (uid, value, state) => {
    expect(evaluateRule(rule(uid), new Map([['A', number(value)]])).state).toBe(state);
  });

  it('compares with a baseline window (lead-time spike > 2x)', () => {
    expect(
      evaluateRule(
        rule('tm-lead-time-spike'),
        new Map([
          ['A', number(50)],
          ['B', number(20)],
        ])
      ).state
    ).toBe('firing');
    expect(
      evaluateRule(
        rule('tm-lead-time-spike'),
        new Map([
          ['A', number(30)],
          ['B', number(20)],
        ])
      ).state
    ).toBe('normal');
  });

  it('treats a week-over-week drop of more than half as firing, and no baseline deployments as normal', () => {
    expect(
      evaluateRule(
        rule('tm-deploy-frequency-drop'),
        new Map([
          ['A', number(4)],
          ['B', number(10)],
        ])
      ).state
    ).toBe('firing');
    expect(
      evaluateRule(
        rule('tm-deploy-frequency-drop'),
        new Map([
          ['A', number(0)],
          ['B', number(0)],
        ])
      ).state
    ).toBe('normal');
  });

  it('reduces with dropNN and reports no data for an empty result', () => {
    expect(evaluateRule(rule('tm-bug-count'), new Map([['A', number(12, null)]])).state).toBe('firing');
    expect(evaluateRule(rule('tm-bug-count'), new Map([['A', number()]])).state).toBe('nodata');
  });
});
