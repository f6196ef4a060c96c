import { CATALOG } from '../common/catalog';
import { computeMetric, defaultEngineOptions } from '../backend/engine';
import { generateOrg } from '../backend/sources/demo/org';
const NOW = Date.UTC(2026, 10, 26, 12);
const org = generateOrg({ seed: 42, now: NOW, scale: { changes: 100_000, deployments: 20_000, incidents: 2_000, workItems: 50_000 } });
const only = process.env.ONLY?.split(',');
const rows: Array<[string, number]> = [];
for (const e of CATALOG) {
  if (only && !only.includes(e.id)) continue;
  let ms = 0;
  for (const groupBy of ['none', 'team'] as const) {
    const t0 = performance.now();
    computeMetric(org.records, { metricId: e.id, from: Date.UTC(2025, 4, 26), to: NOW, timezone: 'Europe/Berlin', bucket: 'week', groupBy, filters: {}, comparison: 'none', baselinePeriods: 0, options: defaultEngineOptions });
    ms += performance.now() - t0;
  }
  rows.push([e.id, ms]);
}
console.log(rows.sort((a, b) => b[1] - a[1]).map(([id, ms]) => `${id} ${ms.toFixed(0)}`).join('\n'));
