/**
 * A store holding 100k pull requests, written straight into SQLite with applyBatch (a sync through the double
 * would take an hour of simulated requests): the bench org generator's repositories, mapped by the GitHub
 * mappers as fetch maps them, deployments linked to what they shipped by the same code (comparisons answered
 * from the repo's history), one batch per repository; the last batch completes the backfill.
 */
import type { DeploymentRecord, ReleaseRecord } from '../../../common/records';
import { attachShippedChanges } from '../../../backend/sources/github/attachShippedChanges';
import type { GitHubApi } from '../../../backend/sources/github/client';
import { toChangeRecords } from '../../../backend/sources/github/mappers/toChangeRecords';
import { fromDeployment } from '../../../backend/sources/github/mappers/toDeploymentRecord';
import { toIssueRecords } from '../../../backend/sources/github/mappers/toIssueRecords';
import { resolveGitHubSettings } from '../../../backend/sources/github/settings';
import { formatCursor, scopeKey } from '../../../backend/sources/github/sync/syncCursor';
import { generateBenchRepo, type BenchRepo } from '../../../backend/sources/github/testing/bench/benchOrg';
import { SqliteStore } from '../../../backend/store/sqliteStore';
import { scopeOf } from '../../../backend/sync/scopeOf';
import { benchConfig, DAY_MS, NOW } from './instances';

export const BIG_SHAPE = { repos: 100, days: 180, prs: 100_000, deployEveryDays: 2, reviewsPerPr: 2, openPerRepo: 3, now: NOW };
/** Nothing listens here: the warm process must not call GitHub, and the store's scope includes the URL. */
export const UNREACHABLE_GITHUB = 'http://127.0.0.1:9';

export interface SeedResult {
  records: Record<string, number>;
  ms: number;
  maxRssMb: number;
}

/** compare base...head of the repo's default branch, as GitHub (and the double) answer it. */
function historyApi(repo: BenchRepo): GitHubApi {
  const request = async (_route: string, params: Record<string, unknown>) => {
    const [base, head] = String(params.basehead).split('...');
    const commits = repo.history.slice(repo.history.indexOf(base) + 1, repo.history.indexOf(head) + 1);
    const page = Number(params.page ?? 1);
    const perPage = Number(params.per_page ?? 100);
    return { data: { total_commits: commits.length, commits: commits.slice((page - 1) * perPage, page * perPage).map((sha) => ({ sha })) }, headers: {} };
  };
  return { request } as unknown as GitHubApi;
}

export async function seedStore(dir: string): Promise<SeedResult> {
  const started = performance.now();
  const config = benchConfig(UNREACHABLE_GITHUB);
  const settings = resolveGitHubSettings(config.jsonData, config.secrets);
  const labels = { bug: settings.bugLabel, techDebt: settings.techDebtLabel, incident: settings.incidentLabel };
  const teams = new Map(Object.entries(config.jsonData.github?.teamMapping ?? {}));
  const window = { from: NOW - BIG_SHAPE.days * DAY_MS, to: NOW };
  const repos = Array.from({ length: BIG_SHAPE.repos }, (_, i) => `acme/service-${String(i).padStart(2, '0')}`);
  const cursor = formatCursor({ v: 1, phase: 'incremental', from: window.from, scope: scopeKey(repos, teams), updatedSince: NOW, syncedAt: NOW });
  const store = new SqliteStore(dir);
  await store.open();
  await store.ensureScope(config.uid, 'github', scopeOf(config.jsonData, 'github'));
  const records: Record<string, number> = {};
  for (let i = 0; i < BIG_SHAPE.repos; i++) {
    const repo = generateBenchRepo(i, BIG_SHAPE);
    const { changes, reviews } = toChangeRecords(repo.prs, teams);
    const listed = repo.deployments
      .map((d) => fromDeployment(repo.name, d, settings.production, teams.get((d.creator?.login ?? '').toLowerCase())))
      .filter((d) => d.startedAt < window.to);
    const deployments = (await attachShippedChanges(historyApi(repo), repo.name, listed, changes, window)).filter((d: DeploymentRecord) => (d.finishedAt ?? d.startedAt) >= window.from);
    const releases = repo.releases.map(
      (r): ReleaseRecord => ({ id: `github:${repo.name}/release/${r.id}`, source: 'github', repo: repo.name, tag: r.tag_name, name: r.name, publishedAt: Date.parse(r.published_at), prerelease: r.prerelease, kind: 'release' })
    );
    const upserts = { changes, reviews, deployments, releases, ...toIssueRecords(repo.issues, labels, teams) };
    Object.entries(upserts).forEach(([kind, items]) => (records[kind] = (records[kind] ?? 0) + items.length));
    const done = i === BIG_SHAPE.repos - 1;
    await store.applyBatch(config.uid, 'github', { upserts, cursor, done, progress: (i + 1) / BIG_SHAPE.repos }, NOW);
  }
  await store.close();
  return { records, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}
