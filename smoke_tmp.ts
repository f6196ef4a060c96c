import { computeMetric, defaultEngineOptions } from '/work/main/backend/engine';
import { CATALOG } from '/work/main/common/catalog';
import { BUCKETS, COMPARISONS, GROUP_BY_KEYS } from '/work/main/common/query';
import type { RecordSet } from '/work/main/common/records';
import { change, deployment, incident, workItem, sprint, document, release } from '/work/main/backend/engine/testing/fixtures';
const D = 86400000, start = Date.UTC(2025, 6, 1);
let seed = 1; const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const n = 5000;
const records: RecordSet = {
  changes: Array.from({ length: n }, (_, i) => change(`c${i}`, { firstCommitAt: start + rnd() * 300 * D, mergedAt: start + rnd() * 300 * D, team: rnd() < 0.5 ? 'a' : 'b', revertOf: rnd() < 0.02 ? `c${Math.floor(rnd() * i)}` : undefined })),
  deployments: Array.from({ length: n }, (_, i) => deployment(`d${i}`, start + i * 300 * D / n + 10 * D, { service: rnd() < 0.5 ? 'api' : 'web', status: rnd() < 0.1 ? 'failure' : 'success', changeIds: [`c${i}`], unplanned: rnd() < 0.05, rollbackOf: rnd() < 0.02 && i > 0 ? `d${i - 1}` : undefined })),
  incidents: Array.from({ length: 200 }, (_, i) => incident(`i${i}`, start + rnd() * 300 * D, { service: 'api', resolvedAt: start + rnd() * 300 * D + 10 * D })),
  workItems: Array.from({ length: n }, (_, i) => workItem(`w${i}`, { type: (['bug', 'feature', 'bizsup', 'tech_debt', 'prd', 'fsd'] as const)[i % 6], createdAt: start + rnd() * 300 * D, completedAt: rnd() < 0.7 ? start + rnd() * 300 * D : undefined, points: 3, sprint: `s${i % 20}`, statusHistory: [{ at: start + rnd() * 300 * D, to: 'Scoped' }] })),
  sprints: Array.from({ length: 20 }, (_, i) => sprint(`s${i}`, start + i * 14 * D, start + (i + 1) * 14 * D)),
  documents: Array.from({ length: 300 }, (_, i) => document(`n${i}`, { title: `w${i * 6 + 4}`, createdAt: start + rnd() * 300 * D, completedAt: start + rnd() * 300 * D })),
  releases: Array.from({ length: 50 }, (_, i) => release(`v${i}`, start + i * 6 * D)),
};
const mine = CATALOG.filter((e) => ['primary', 'secondary', 'dora'].includes(e.family));
let runs = 0; const t0 = performance.now(); const slow: string[] = [];
for (const e of mine) for (const bucket of BUCKETS) for (const comparison of COMPARISONS) for (const groupBy of GROUP_BY_KEYS) {
  const t = performance.now();
  const r = computeMetric(records, { metricId: e.id, from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1), timezone: 'Europe/Berlin', bucket, groupBy, filters: {}, comparison, baselinePeriods: 4, options: defaultEngineOptions });
  runs++;
  const dt = performance.now() - t; if (dt > 200) slow.push(`${e.id} ${bucket} ${comparison} ${groupBy} ${dt.toFixed(0)}ms`);
  for (const s of r.series) if (s.points.some((p) => p.value !== null && !Number.isFinite(p.value))) throw new Error(`non-finite ${e.id}`);
}
console.log(runs, 'runs', (performance.now() - t0).toFixed(0), 'ms'); console.log(slow.slice(0, 15).join('\n'));
const r = computeMetric(records, { metricId: 'dora_lead_time_median', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1), timezone: 'Europe/Berlin', bucket: 'month', groupBy: 'none', filters: {}, comparison: 'none', baselinePeriods: 4, options: defaultEngineOptions });
console.log(JSON.stringify(r).slice(0, 900));
const p = computeMetric(records, { metricId: 'prds_generated', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1), timezone: 'Europe/Berlin', bucket: 'month', groupBy: 'none', filters: {}, comparison: 'none', baselinePeriods: 4, options: defaultEngineOptions });
console.log(JSON.stringify(p.notices));
