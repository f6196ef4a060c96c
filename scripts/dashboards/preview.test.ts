/**
 * Runs every panel, annotation, variable and alert rule query of the committed files through the built
 * executable (tests/grafana-host; needs `npm run build:backend -- --host`), as `npm run preview` does.
 */
import { numericSeries } from './preview/frameJson';
import { printPreview } from './preview/printPreview';
import { runPreview, type Preview } from './preview/runPreview';

jest.setTimeout(180_000);

describe('preview against the demo backend', () => {
  let preview: Preview;

  beforeAll(() => {
    preview = runPreview(new Date());
  });

  it('the backend accepts every dashboard query', () => {
    const errors = preview.queries
      .filter((r) => r.response.error)
      .map((r) => `${r.query.owner.title}: ${r.response.error}`);
    expect(errors).toEqual([]);
    expect(preview.queries.every((r) => (r.response.frames ?? []).length > 0)).toBe(true);
  });

  it('every metric panel shows a value on demo data', () => {
    const empty = preview.queries
      .filter((r) => r.query.owner.kind === 'panel' && r.query.model.queryType === 'metric')
      .filter((r) => numericSeries(r.response.frames ?? []).every((s) => s.values.every((v) => v === null)))
      .map((r) => `${r.query.owner.title} (${String(r.query.model.metric)})`);
    expect(empty).toEqual([]);
  });

  it('every alert rule query returns numbers a reduce can use, and every rule evaluates', () => {
    for (const { rule, results, evaluation } of preview.rules) {
      for (const { response } of results) {
        expect(response.error).toBeUndefined();
        const values = numericSeries(response.frames ?? []).flatMap((s) => s.values);
        expect({ rule: rule.uid, hasNumber: values.some((v) => v !== null) }).toEqual({
          rule: rule.uid,
          hasNumber: true,
        });
      }
      expect({ rule: rule.uid, state: evaluation.state }).toEqual({
        rule: rule.uid,
        state: expect.stringMatching(/^(firing|normal)$/),
      });
    }
  });

  it('prints each panel and whether each rule fires', () => {
    const lines: string[] = [];
    printPreview(preview, (l) => lines.push(l));
    expect(lines.join('\n')).toMatch(/== Alert rules/);
    expect(lines.at(-1)).toMatch(/\d+ dashboard queries, \d+ rules: \d+ would fire\./);
  });
});
