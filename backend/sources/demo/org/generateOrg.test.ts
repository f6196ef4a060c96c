import type { RecordSet } from '../../../../common/records';
import { generateOrg } from './index';

const NOW = Date.UTC(2026, 10, 26, 12, 30);
const HOUR = 3_600_000;
const org = generateOrg({ seed: 42, now: NOW });
const { records } = org;

function sortedMedian(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Every instant a record claims happened (planned sprint ends excluded: a running sprint ends in the future). */
function instants(r: Required<RecordSet>): Array<[string, number | undefined]> {
  return [
    ...r.changes.flatMap((c) => [c.createdAt, c.firstCommitAt, c.readyForReviewAt, c.firstReviewAt, c.mergedAt, c.closedAt, ...c.approvals].map((t): [string, number | undefined] => [c.id, t])),
    ...r.reviews.map((x): [string, number] => [x.id, x.submittedAt]),
    ...r.deployments.flatMap((d) => [[d.id, d.startedAt], [d.id, d.finishedAt]] as Array<[string, number | undefined]>),
    ...r.incidents.flatMap((i) => [[i.id, i.openedAt], [i.id, i.resolvedAt]] as Array<[string, number | undefined]>),
    ...r.releases.map((x): [string, number] => [x.id, x.publishedAt]),
    ...r.workItems.flatMap((w) => [w.createdAt, w.completedAt, w.blockedSince, ...w.statusHistory.map((s) => s.at)].map((t): [string, number | undefined] => [w.id, t])),
    ...r.sprints.map((s): [string, number] => [s.id, s.startAt]),
    ...r.documents.flatMap((d) => [[d.id, d.createdAt], [d.id, d.completedAt]] as Array<[string, number | undefined]>),
    ...r.webTraffic.map((x): [string, number] => [x.id, x.date]),
    ...r.emailStats.map((x): [string, number] => [x.id, x.date]),
    ...r.productEvents.map((x): [string, number] => [x.id, x.at]),
    ...r.manualValues.map((x): [string, number] => [x.id, x.at]),
  ];
}

describe('generateOrg: determinism', () => {
  it('gives deep-equal output for the same seed and now', () => {
    expect(generateOrg({ seed: 42, now: NOW })).toEqual(org);
  });
  it('gives different output for a different seed', () => {
    const other = generateOrg({ seed: 43, now: NOW });
    expect(other.records.changes.slice(0, 20)).not.toEqual(records.changes.slice(0, 20));
  });
  it('has the company shape: ~40 people in 5 teams, 12 repos', () => {
    expect(org.teams.map((t) => t.name)).toEqual(['Platform', 'Payments', 'Growth', 'Mobile', 'Data']);
    expect(org.people).toHaveLength(40);
    expect(org.repos).toHaveLength(12);
    expect(new Set(org.people.map((p) => p.login)).size).toBe(40);
  });
});

describe('generateOrg: invariants', () => {
  it.each(Object.keys(records) as Array<keyof RecordSet>)('%s ids are unique and non-empty', (kind) => {
    const ids = (records[kind] as Array<{ id: string }>).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('puts no record after now', () => {
    const future = instants(records).filter(([, t]) => t !== undefined && t > NOW);
    expect(future).toEqual([]);
  });
  it('links every review to an existing change', () => {
    const ids = new Set(records.changes.map((c) => c.id));
    expect(records.reviews.filter((r) => !ids.has(r.changeId))).toEqual([]);
  });
  it('ships only existing changes merged before the deployment started, each at most once per environment', () => {
    const byId = new Map(records.changes.map((c) => [c.id, c]));
    const shipped = records.deployments.filter((d) => d.production).flatMap((d) => (d.changeIds ?? []).map((id) => ({ d, c: byId.get(id) })));
    expect(shipped.length).toBeGreaterThan(1000);
    expect(shipped.filter(({ d, c }) => c === undefined || c.mergedAt === undefined || c.mergedAt >= d.startedAt)).toEqual([]);
    expect(new Set(shipped.map(({ c }) => c?.id)).size).toBe(shipped.length);
  });
  it('resolves incidents after they open and links most of them to an existing deployment', () => {
    const deployIds = new Set(records.deployments.map((d) => d.id));
    expect(records.incidents.filter((i) => i.resolvedAt !== undefined && i.resolvedAt <= i.openedAt)).toEqual([]);
    const linked = records.incidents.filter((i) => i.causedByDeploymentId !== undefined);
    expect(linked.every((i) => deployIds.has(i.causedByDeploymentId ?? ''))).toBe(true);
    expect(linked.length / records.incidents.length).toBeGreaterThan(0.5);
  });
  it('keeps PR phases in order', () => {
    const bad = records.changes.filter((c) =>
      (c.firstCommitAt ?? 0) > c.createdAt ||
      (c.readyForReviewAt !== undefined && c.readyForReviewAt < c.createdAt) ||
      (c.firstReviewAt !== undefined && c.readyForReviewAt !== undefined && c.firstReviewAt < c.readyForReviewAt) ||
      (c.mergedAt !== undefined && c.approvals.some((a) => a > (c.mergedAt ?? 0))));
    expect(bad).toEqual([]);
  });
  it('keeps status histories ascending and sprint item ids resolvable', () => {
    const ids = new Set(records.workItems.map((w) => w.id));
    expect(records.workItems.filter((w) => w.statusHistory.some((s, i) => i > 0 && s.at < w.statusHistory[i - 1].at))).toEqual([]);
    const sprintIds = records.sprints.flatMap((s) => [...s.plannedItemIds, ...s.addedItemIds, ...s.removedItemIds]);
    expect(sprintIds.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('generateOrg: realistic shape', () => {
  it('has a median PR cycle time (first commit → merge) between a few hours and a few days', () => {
    const cycle = records.changes.filter((c) => c.mergedAt !== undefined && c.firstCommitAt !== undefined)
      .map((c) => (c.mergedAt ?? 0) - (c.firstCommitAt ?? 0));
    expect(sortedMedian(cycle)).toBeGreaterThan(4 * HOUR);
    expect(sortedMedian(cycle)).toBeLessThan(72 * HOUR);
  });
  it('opens fewer PRs per weekend day than per weekday', () => {
    const weekend = records.changes.filter((c) => [0, 6].includes(new Date(c.createdAt).getUTCDay())).length;
    expect(weekend / 2).toBeLessThan((records.changes.length - weekend) / 5 / 3);
  });
  it('has drafts, reopened PRs and ~2% reverts', () => {
    const reverts = records.changes.filter((c) => c.revertOf !== undefined).length / records.changes.length;
    expect(reverts).toBeGreaterThan(0.01);
    expect(reverts).toBeLessThan(0.03);
    expect(records.changes.some((c) => c.reopenedCount > 0)).toBe(true);
    expect(records.changes.some((c) => (c.readyForReviewAt ?? 0) > c.createdAt)).toBe(true);
  });
  it('has mostly same-team reviews with some cross-team ones', () => {
    const teamOf = new Map(records.changes.map((c) => [c.id, c.team]));
    const cross = records.reviews.filter((r) => r.reviewerTeam !== teamOf.get(r.changeId)).length / records.reviews.length;
    expect(cross).toBeGreaterThan(0.05);
    expect(cross).toBeLessThan(0.35);
  });
  it('has failed, unplanned and rollback production deployments', () => {
    const prod = records.deployments.filter((d) => d.production);
    expect(prod.some((d) => d.status === 'failure')).toBe(true);
    expect(prod.some((d) => d.unplanned && d.rollbackOf !== undefined)).toBe(true);
    expect(records.deployments.some((d) => d.environment === 'staging')).toBe(true);
  });
  it('has blocked, reopened and carried-over work items and Scoped features', () => {
    expect(records.workItems.some((w) => w.status === 'Blocked' && w.blockedSince !== undefined)).toBe(true);
    expect(records.workItems.some((w) => (w.reopenedAt ?? []).length > 0)).toBe(true);
    expect(records.workItems.some((w) => (w.sprintHistory ?? []).length > 1)).toBe(true);
    expect(records.workItems.some((w) => w.project === 'Features' && w.statusHistory.some((s) => s.to === 'Scoped'))).toBe(true);
  });
  it('duplicates some Asana PRD/FSD items in Notion by link and by title', () => {
    const items = records.workItems.filter((w) => w.type === 'prd' || w.type === 'fsd');
    const links = new Set(records.documents.map((d) => d.link));
    const titles = new Set(records.documents.map((d) => d.title));
    expect(items.some((w) => w.link !== undefined && links.has(w.link))).toBe(true);
    expect(items.some((w) => w.link === undefined && titles.has(w.title))).toBe(true);
  });
  it('has web traffic per device, an email day with 0 delivered, and product events', () => {
    expect(new Set(records.webTraffic.map((r) => r.device))).toEqual(new Set(['desktop', 'mobile', 'tablet']));
    expect(records.emailStats.some((r) => r.delivered === 0)).toBe(true);
    expect(records.productEvents.every((e) => e.name === 'document_created' && e.durationMs !== undefined)).toBe(true);
    expect(records.manualValues.every((v) => v.metricId === 'space_satisfaction')).toBe(true);
  });
});

describe('generateOrg: scale', () => {
  // ~0.3 s under tsx; jest's swc transform targets ES5 here (no jsc.target), which makes it ~4× slower.
  it('generates the default org quickly', () => {
    const t0 = performance.now();
    generateOrg({ seed: 7, now: NOW });
    expect(performance.now() - t0).toBeLessThan(3000);
  });
  it('honours the scale knobs approximately', () => {
    const big = generateOrg({ seed: 7, now: NOW, months: 6, scale: { changes: 8000, deployments: 2000, incidents: 100, workItems: 4000 } });
    expect(big.records.changes.length).toBeGreaterThan(7800);
    expect(big.records.deployments.length).toBeGreaterThan(1600);
    expect(big.records.deployments.length).toBeLessThan(2400);
    expect(big.records.incidents).toHaveLength(100);
    expect(big.records.workItems.length).toBeGreaterThan(3400);
  });
});
