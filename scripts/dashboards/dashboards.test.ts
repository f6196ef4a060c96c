import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import { getCatalogEntry } from '../../common/catalog';
import { QUERY_TYPES } from '../../common/query';
import { CatalogPicker } from './catalogPicker';
import { PLUGIN_ID } from './constants';
import { dashboardFiles } from './dashboardFiles';

interface Target {
  queryType?: string;
  metric?: string;
  datasource?: { type?: string };
}

const files = dashboardFiles(new CatalogPicker());
const panelsOf = (d: dashboard.Dashboard) => (d.panels ?? []).filter((p): p is dashboard.Panel => p.type !== 'row');
const targetsOf = (p: dashboard.Panel) => (p.targets ?? []) as Target[];

describe.each(files.map((f) => [f.path, f.dashboard] as const))('%s', (_path, d) => {
  it('has a stable uid, unique panel ids and panels inside the 24-column grid', () => {
    expect(d.uid).toMatch(/^teammetrics-/);
    const ids = (d.panels ?? []).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of d.panels ?? []) {
      expect((p.gridPos?.x ?? 0) + (p.gridPos?.w ?? 0)).toBeLessThanOrEqual(24);
    }
  });

  it('queries only known query types and catalog metrics, through our data source', () => {
    for (const panel of panelsOf(d)) {
      expect(targetsOf(panel).length).toBeGreaterThan(0);
      for (const target of targetsOf(panel)) {
        expect(QUERY_TYPES).toContain(target.queryType);
        expect(target.datasource?.type).toBe(PLUGIN_ID);
        if (target.queryType === 'metric') {
          expect(getCatalogEntry(target.metric ?? '')).toBeDefined();
        }
      }
    }
  });

  it('describes every single-metric panel with the catalog texts', () => {
    for (const panel of panelsOf(d).filter((p) => targetsOf(p).length === 1 && targetsOf(p)[0].metric)) {
      const entry = getCatalogEntry(targetsOf(panel)[0].metric ?? '');
      expect(panel.description).toContain(entry?.texts.definition);
      expect(panel.description).toContain(entry?.texts.edgeCases);
    }
  });

  it('colours stat panels of metrics with a target green/amber/red', () => {
    for (const panel of panelsOf(d).filter((p) => p.type === 'stat')) {
      const entry = getCatalogEntry(targetsOf(panel)[0].metric ?? '');
      const steps = panel.fieldConfig?.defaults?.thresholds?.steps?.map((s) => s.color) ?? [];
      expect(steps.length === 0 ? 'none' : [...steps].sort().join(',')).toBe(
        entry?.target ? 'green,orange,red' : 'none'
      );
    }
  });

  it('has a data source variable for our plugin and event annotations from it', () => {
    const variables = d.templating?.list ?? [];
    expect(variables[0]).toEqual(expect.objectContaining({ type: 'datasource', name: 'datasource', query: PLUGIN_ID }));
    const events = (d.annotations?.list ?? []).filter((a) => a.builtIn !== 1);
    expect(events.map((a) => a.name)).toEqual(['Releases', 'Deployments', 'Incidents']);
    for (const a of events) {
      expect(a.target).toEqual(expect.objectContaining({ queryType: 'annotations' }));
    }
  });
});

it('the engineering dashboard has repo/team variables (multi-value, with All) and a stat card per primary metric', () => {
  const eng = files[0].dashboard;
  const variables = (eng.templating?.list ?? []).filter((v) => v.type === 'query');
  expect(variables.map((v) => [v.name, v.multi, v.includeAll, (v.query as Target).queryType])).toEqual([
    ['repo', true, true, 'variable'],
    ['team', true, true, 'variable'],
  ]);
  const picker = new CatalogPicker();
  const stats = panelsOf(eng)
    .filter((p) => p.type === 'stat')
    .map((p) => targetsOf(p)[0].metric);
  for (const entry of picker.family('Engineering', ['primary', 'seed'])) {
    expect(stats).toContain(entry.id);
  }
});
